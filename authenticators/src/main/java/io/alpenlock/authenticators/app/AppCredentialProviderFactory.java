package io.alpenlock.authenticators.app;

import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Registers the {@value AppCredentialModel#TYPE} credential type. */
public class AppCredentialProviderFactory implements CredentialProviderFactory<AppCredentialProvider> {

    public static final String PROVIDER_ID = "alpenlock-app";

    @Override
    public AppCredentialProvider create(KeycloakSession session) {
        return new AppCredentialProvider(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
