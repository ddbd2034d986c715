package io.alpenlock.authenticators.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import io.alpenlock.core.backup.HashedBackupCodes;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * A user's set of backup codes (credential type {@value #TYPE}): how many there are, when they were made and
 * how they are hashed (credential data), the salt and hashes (secret data). Which codes were used is kept
 * in the table {@code ALPENLOCK_BACKUP_CODE_USE} (see {@link BackupCodeUses}), not here.
 */
public class BackupCodeCredentialModel extends CredentialModel {

    public static final String TYPE = "alpenlock-backup-codes";

    private final BackupCodeCredentialData data;
    private final BackupCodeSecretData secret;

    private BackupCodeCredentialModel(BackupCodeCredentialData data, BackupCodeSecretData secret) {
        this.data = data;
        this.secret = secret;
    }

    /** A new credential for a hashed set, ready to be stored; the label is what consoles show for it. */
    public static BackupCodeCredentialModel create(HashedBackupCodes hashed, String label, long createdMillis) {
        Base64.Encoder base64 = Base64.getEncoder();
        BackupCodeCredentialData data = new BackupCodeCredentialData(hashed.size(), createdMillis, hashed.algorithm(),
                hashed.iterations());
        BackupCodeSecretData secret = new BackupCodeSecretData(base64.encodeToString(hashed.salt()),
                hashed.hashes().stream().map(base64::encodeToString).toList());
        BackupCodeCredentialModel model = new BackupCodeCredentialModel(data, secret);
        model.setType(TYPE);
        model.setUserLabel(label);
        model.setCreatedDate(createdMillis);
        model.setCredentialData(json(data));
        model.setSecretData(json(secret));
        return model;
    }

    /** Reads a stored credential. */
    public static BackupCodeCredentialModel from(CredentialModel stored) {
        try {
            BackupCodeCredentialData data = JsonSerialization.readValue(stored.getCredentialData(), BackupCodeCredentialData.class);
            BackupCodeSecretData secret = JsonSerialization.readValue(stored.getSecretData(), BackupCodeSecretData.class);
            BackupCodeCredentialModel model = new BackupCodeCredentialModel(data, secret);
            model.setId(stored.getId());
            model.setType(stored.getType());
            model.setUserLabel(stored.getUserLabel());
            model.setCreatedDate(stored.getCreatedDate());
            model.setCredentialData(stored.getCredentialData());
            model.setSecretData(stored.getSecretData());
            model.setFederationLink(stored.getFederationLink());
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + TYPE + " credential " + stored.getId(), e);
        }
    }

    public BackupCodeCredentialData data() {
        return data;
    }

    /** The set as the hashing code needs it. */
    public HashedBackupCodes hashed() {
        Base64.Decoder base64 = Base64.getDecoder();
        return HashedBackupCodes.of(data.algorithm(), data.iterations(), base64.decode(secret.salt()),
                secret.hashes().stream().map(base64::decode).toList());
    }

    private static String json(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
