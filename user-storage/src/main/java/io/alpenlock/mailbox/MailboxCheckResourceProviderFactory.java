package io.alpenlock.mailbox;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

import io.alpenlock.mailbox.check.MailboxCheckConfig;

/**
 * The public mailbox password check page, {@code /realms/<realm>/}{@value #PROVIDER_ID}: "does this address and
 * password work in my mail program?". Served only in realms with an {@code alpenlock-mailbox} federation.
 */
public final class MailboxCheckResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = "alpenlock-mailbox-check";

    private MailboxCheckConfig config = MailboxCheckConfig.DEFAULTS;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new MailboxCheckResourceProvider(session, config);
    }

    @Override
    public void init(Config.Scope scope) {
        config = MailboxCheckConfig.from(scope::get);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // nothing to do
    }

    @Override
    public void close() {
        // nothing held
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(MailboxCheckConfig.PER_IP).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(MailboxCheckConfig.DEFAULT_PER_IP)
                .helpText("Checks one client IP may make, e.g. 20/1h").add()
                .property().name(MailboxCheckConfig.PER_ADDRESS).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(MailboxCheckConfig.DEFAULT_PER_ADDRESS)
                .helpText("Checks of one address from anywhere, e.g. 5/15m").add()
                .property().name(MailboxCheckConfig.MINIMUM_ANSWER).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(MailboxCheckConfig.DEFAULT_MINIMUM_ANSWER_MILLIS)
                .helpText("Every answer takes at least this many milliseconds (0 to 10000)").add()
                .build();
    }
}
