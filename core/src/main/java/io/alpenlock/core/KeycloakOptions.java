package io.alpenlock.core;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import java.util.List;
import java.util.stream.Collectors;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;

/** Translation between Keycloak's provider configuration and our plain {@link ConfigValues}. */
final class KeycloakOptions {

    /** Keycloak's SPI for realm REST extensions ({@code RealmResourceProviderFactory}). */
    static final String REALM_RESTAPI_EXTENSION_SPI = "realm-restapi-extension";

    private KeycloakOptions() {
    }

    /** Options of one provider; problems name them as typed on the command line. */
    static ConfigValues values(Config.Scope scope, String spi, String provider) {
        return ConfigValues.of(key -> scope == null ? null : scope.get(key), prefix(spi, provider));
    }

    /** {@code --spi-<spi>--<provider>--}. */
    static String prefix(String spi, String provider) {
        return "--spi-" + spi + "--" + provider + "--";
    }

    static String describe(List<ConfigProblem> problems) {
        return problems.stream().map(ConfigProblem::describe).collect(Collectors.joining("; "));
    }

    /** True when {@code providerId} is the provider Keycloak picked for the SPI of {@code type}. */
    static boolean isSelected(KeycloakSessionFactory factory, Class<? extends Provider> type, String providerId) {
        ProviderFactory<? extends Provider> selected = factory.getProviderFactory(type);
        return selected != null && providerId.equals(selected.getId());
    }

    /**
     * True when the dev outbox page is switched on with
     * {@code --spi-realm-restapi-extension--alpenlock-outbox--enabled=true}. Read from Keycloak's static
     * configuration because {@link ProviderFactory#order()} is evaluated at build time, before {@code init}.
     */
    static boolean devOutboxEnabled() {
        Config.Scope scope = Config.scope(REALM_RESTAPI_EXTENSION_SPI, OutboxResourceProviderFactory.PROVIDER_ID);
        return Boolean.TRUE.equals(scope.getBoolean(OutboxResourceProviderFactory.ENABLED, Boolean.FALSE));
    }
}
