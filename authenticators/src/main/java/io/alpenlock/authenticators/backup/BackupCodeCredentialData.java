package io.alpenlock.authenticators.backup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The non-secret part of a backup-code credential, stored as JSON in the credential data.
 *
 * @param total      codes in the set (10)
 * @param createdAt  when the set was made, epoch milliseconds
 * @param algorithm  how the codes are hashed ({@code PBKDF2-HMAC-SHA256})
 * @param iterations the hash's work factor
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupCodeCredentialData(int total, long createdAt, String algorithm, int iterations) {
}
