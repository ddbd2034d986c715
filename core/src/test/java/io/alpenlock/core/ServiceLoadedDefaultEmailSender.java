package io.alpenlock.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.email.EmailSenderProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Stands in for Keycloak's {@code default} e-mail sender factory in the service registry of the test class path
 * (src/test/resources/META-INF/services), as found when Keycloak did not load it itself.
 */
public final class ServiceLoadedDefaultEmailSender implements EmailSenderProviderFactory {

    static final List<String> EVENTS = new ArrayList<>();

    @Override
    public EmailSenderProvider create(KeycloakSession session) {
        return new EmailSenderProvider() {
            @Override
            public void send(Map<String, String> config, String address, String subject, String text, String html) {
                EVENTS.add("send " + address);
            }

            @Override
            public void validate(Map<String, String> config) {
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        EVENTS.add("init");
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        EVENTS.add("postInit");
    }

    @Override
    public void close() {
        EVENTS.add("close");
    }

    @Override
    public String getId() {
        return "default";
    }
}
