package io.alpenlock.core.testing;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;

/** Minimal stand-ins for Keycloak's session objects (interfaces), answering only what the tests need. */
public final class Fakes {

    private Fakes() {
    }

    /**
     * A session factory whose selected (default) provider of each SPI is given by {@code selected}, and which knows
     * the factories in {@code byId} (keyed {@code "<provider class simple name>/<id>"}).
     */
    public static KeycloakSessionFactory sessionFactory(Map<Class<? extends Provider>, ProviderFactory<?>> selected,
            Map<String, ProviderFactory<?>> byId) {
        return (KeycloakSessionFactory) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[] {KeycloakSessionFactory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProviderFactory") && args.length == 1) {
                        return selected.get(args[0]);
                    }
                    if (method.getName().equals("getProviderFactory") && args.length == 2) {
                        return byId.get(((Class<?>) args[0]).getSimpleName() + "/" + args[1]);
                    }
                    if (method.getName().equals("toString")) {
                        return "FakeSessionFactory";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    public static KeycloakSessionFactory sessionFactory(Class<? extends Provider> type, ProviderFactory<?> selected) {
        return sessionFactory(selected == null ? Map.of() : Map.of(type, selected), Map.of());
    }

    /** A session outside any realm. */
    public static KeycloakSession session() {
        return (KeycloakSession) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[] {KeycloakSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getContext")) {
                        return null;
                    }
                    if (method.getName().equals("toString")) {
                        return "FakeSession";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
