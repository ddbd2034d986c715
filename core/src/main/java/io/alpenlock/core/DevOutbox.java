package io.alpenlock.core;

import io.alpenlock.core.outbox.OutboxConfig;
import io.alpenlock.core.outbox.OutboxStore;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Shared wiring of the dev outbox factories: options, store and the realm of the current request. */
final class DevOutbox {

    private DevOutbox() {
    }

    /** The outbox options {@code directory} and {@code max-entries} of one provider. */
    static OutboxConfig config(Config.Scope scope, String spi, String provider) {
        return OutboxConfig.from(KeycloakOptions.values(scope, spi, provider), System::getProperty);
    }

    static OutboxStore store(OutboxConfig config) {
        return new OutboxStore(config, Clock.systemUTC());
    }

    /** Logs the configuration problems of a selected outbox provider (the defaults are used instead). */
    static void logProblems(Logger log, OutboxConfig config, String what) {
        if (!config.isValid()) {
            log.errorf("%s: invalid options, using defaults instead: %s", what,
                    KeycloakOptions.describe(config.problems()));
        }
    }

    /** Name of the realm of the current request, or an empty string outside a realm. */
    static String realmName(KeycloakSession session) {
        RealmModel realm = session.getContext() == null ? null : session.getContext().getRealm();
        return realm == null ? "" : realm.getName();
    }

    static ProviderConfigurationBuilder metadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(OutboxConfig.DIRECTORY).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Outbox directory; default ${kc.home.dir}/data/alpenlock-outbox.").add()
                .property().name(OutboxConfig.MAX_ENTRIES).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(OutboxConfig.DEFAULT_MAX_ENTRIES).helpText("Entries kept; the oldest are deleted.")
                .add();
    }
}
