package io.alpenlock.it.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.it.support.AlpenlockIT;
import io.alpenlock.it.support.Environment;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** What a realm admin sees under "Provider info" and "Themes" in the admin console. */
@AlpenlockIT
@Order(10)
class ServerInfoIT {

    @Test
    void serverInfoListsOurSpisAndProviders(Environment env) {
        JsonNode providers = env.admin().get("/admin/serverinfo").get("providers");

        // Keycloak loads only the selected provider of an SPI; the demo selects the dev outbox.
        assertThat(providerIds(providers, "alpenlock-sms-sender")).containsExactly("outbox");
        assertThat(providerIds(providers, "alpenlock-push-sender")).containsExactly("outbox");
        assertThat(providerIds(providers, "eventsListener")).contains("alpenlock-notifications");
        assertThat(providerIds(providers, "emailSender")).containsExactly("alpenlock-outbox");
        assertThat(providerIds(providers, "realm-restapi-extension")).contains("alpenlock-outbox");
    }

    @Test
    void serverInfoListsTheAlpenlockLoginAndEmailThemesInFiveLanguages(Environment env) {
        JsonNode themes = env.admin().get("/admin/serverinfo").get("themes");

        for (String type : List.of("login", "email")) {
            JsonNode alpenlock = null;
            for (JsonNode theme : themes.get(type)) {
                if ("alpenlock".equals(theme.get("name").asText())) {
                    alpenlock = theme;
                }
            }
            assertThat(alpenlock).as("%s theme alpenlock", type).isNotNull();
            List<String> locales = new ArrayList<>();
            alpenlock.get("locales").forEach(l -> locales.add(l.asText()));
            assertThat(locales).contains("en", "es", "fr", "de", "it");
        }
    }

    static List<String> providerIds(JsonNode providers, String spi) {
        JsonNode entry = providers.get(spi);
        assertThat(entry).as("SPI %s in server info", spi).isNotNull();
        List<String> ids = new ArrayList<>();
        entry.get("providers").fieldNames().forEachRemaining(ids::add);
        return ids;
    }
}
