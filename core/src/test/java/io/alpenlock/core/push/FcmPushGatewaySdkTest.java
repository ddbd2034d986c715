package io.alpenlock.core.push;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.testing.ServiceAccountKeys;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Tests that touch Firebase SDK types directly (so they run only against the unshaded classes). */
class FcmPushGatewaySdkTest {

    static final String TOKEN = PushMessageTest.TOKEN;
    static final Clock CLOCK = FcmPushGatewayTest.CLOCK;

    @RegisterExtension
    static WireMockExtension google = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private FcmConfig config() throws Exception {
        Path keyFile = ServiceAccountKeys.write(dir, FcmPushGatewayTest.PROJECT, "https://oauth2.googleapis.com/token");
        return FcmConfig.from(ConfigValues.of(Map.of("credentials-file", keyFile.toString(),
                "base-url", google.baseUrl()), "--test--"));
    }

    @Test
    void usesGivenCredentialsAndProjectWithoutAKeyFile() throws Exception {
        google.stubFor(post(urlEqualTo("/v1/projects/other-project/messages:send"))
                .willReturn(okJson("{\"name\":\"projects/other-project/messages/1\"}")));
        GoogleCredentials credentials = GoogleCredentials.create(
                new AccessToken("fake", Date.from(Instant.now().plusSeconds(3600))));
        FcmConfig config = config();
        try (FcmPushGateway gateway = FcmPushGateway.create(config, CLOCK, "test-" + UUID.randomUUID(), credentials,
                "other-project")) {
            assertThat(gateway.send(PushMessage.withReference(TOKEN, "r")).isSent()).isTrue();
        }
        google.verify(postRequestedFor(urlEqualTo("/v1/projects/other-project/messages:send"))
                .withHeader("Authorization", equalTo("Bearer fake")));
    }

    @Test
    void closeDeletesItsOwnNamedFirebaseApp() throws Exception {
        String name = "test-" + UUID.randomUUID();
        FcmPushGateway gateway = FcmPushGateway.create(config(), CLOCK, name);
        assertThat(FirebaseApp.getApps()).extracting(FirebaseApp::getName).contains(name)
                .doesNotContain(FirebaseApp.DEFAULT_APP_NAME);
        gateway.close();
        assertThat(FirebaseApp.getApps()).extracting(FirebaseApp::getName).doesNotContain(name);
    }
}
