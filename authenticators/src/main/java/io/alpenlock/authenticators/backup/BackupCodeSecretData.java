package io.alpenlock.authenticators.backup;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The secret part of a backup-code credential: the set's salt and the hash of every code (Base64), in the
 * order the codes were shown. The codes themselves are never stored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupCodeSecretData(String salt, List<String> hashes) {

    @Override
    public String toString() {
        return "BackupCodeSecretData[salt=***, hashes=" + (hashes == null ? 0 : hashes.size()) + " x ***]";
    }
}
