package io.alpenlock.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.events.EventListenerProviderFactory;

/** Keycloak finds providers only through META-INF/services: each of our factories is listed, and nothing else. */
class ProviderRegistrationTest {

    @Test
    void theNotificationListenerIsRegistered() throws IOException {
        assertThat(services(EventListenerProviderFactory.class))
                .containsExactly(NotificationEventListenerProviderFactory.class.getName());
    }

    @Test
    void theSettingsOnlyRequiredActionIsRegistered() throws IOException {
        assertThat(services(RequiredActionFactory.class))
                .containsExactly(SecurityEmailsRequiredActionFactory.class.getName());
    }

    private static List<String> services(Class<?> contract) throws IOException {
        try (InputStream in = ProviderRegistrationTest.class.getResourceAsStream("/META-INF/services/" + contract.getName())) {
            assertThat(in).as("META-INF/services/%s", contract.getName()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
