package io.alpenlock.authenticators.flow;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * What most Alpenlock flow steps share with Keycloak's {@link AuthenticatorFactory} contract: no per-step
 * configuration, no SPI options, nothing to set up or close, requirement choices REQUIRED / ALTERNATIVE /
 * DISABLED, and no "set up" offer for users. A step overrides only what differs (id, texts, credential type,
 * the authenticator it creates, and any of these defaults).
 */
public abstract class AlpenlockAuthenticatorFactory implements AuthenticatorFactory {

    /** Usable as the only second factor or as one of several; never CONDITIONAL (it is not a condition). */
    protected static final Requirement[] REQUIRED_ALTERNATIVE_DISABLED = {
            Requirement.REQUIRED, Requirement.ALTERNATIVE, Requirement.DISABLED};

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIRED_ALTERNATIVE_DISABLED.clone();
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
