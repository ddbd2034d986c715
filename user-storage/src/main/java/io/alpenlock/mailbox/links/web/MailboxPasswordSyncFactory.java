package io.alpenlock.mailbox.links.web;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PasswordPolicyManagerProviderFactory;

/**
 * Keycloak's password-policy manager, plus unification: see {@link MailboxPasswordSync}. Its {@link #order()} above
 * zero makes it the default {@code password-policy-manager} without any server option (Keycloak picks the factory
 * of highest order when none is configured); {@code --spi-password-policy-manager--provider=default} turns the
 * unification hook off.
 */
public class MailboxPasswordSyncFactory implements PasswordPolicyManagerProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-mailbox-sync";

    @Override
    public PasswordPolicyManagerProvider create(KeycloakSession session) {
        return new MailboxPasswordSync(session);
    }

    @Override
    public int order() {
        return 10;
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

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
