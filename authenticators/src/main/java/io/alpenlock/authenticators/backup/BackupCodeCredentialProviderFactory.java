package io.alpenlock.authenticators.backup;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Registers the {@value BackupCodeCredentialModel#TYPE} credential type. */
public class BackupCodeCredentialProviderFactory implements CredentialProviderFactory<BackupCodeCredentialProvider> {

    public static final String PROVIDER_ID = "alpenlock-backup-codes";

    @Override
    public BackupCodeCredentialProvider create(KeycloakSession session) {
        return new BackupCodeCredentialProvider(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
