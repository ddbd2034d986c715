package io.alpenlock.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.alpenlock.core.testing.ServiceAccountKeys;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs after {@code package}: loads the SHADED alpenlock-core jar in a fresh class loader that sees only the JDK
 * and what Keycloak provides to extensions (Jackson, SLF4J, JBoss Logging), and sends one SMS and one push
 * through the relocated Twilio and Firebase SDKs to WireMock. Proves that shading kept everything the SDKs need
 * (including classes only reached by reflection) and that nothing else is needed from outside.
 */
class ShadedJarIT {

    static final String SID = "AC0123456789abcdef0123456789abcdef";
    static final String MESSAGES = "/2010-04-01/Accounts/" + SID + "/Messages.json";
    static final String PROJECT = "alpenlock-demo";
    static final String SEND = "/v1/projects/" + PROJECT + "/messages:send";
    static final String DEVICE_TOKEN = "fGcm-Token_123:APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx";

    @RegisterExtension
    static WireMockExtension mock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static URLClassLoader keycloakProvided;
    private static URLClassLoader shaded;

    @BeforeAll
    static void loadShadedJar() throws Exception {
        keycloakProvided = new URLClassLoader("keycloak-provided", new URL[] {
            jarOf(com.fasterxml.jackson.databind.ObjectMapper.class),
            jarOf(com.fasterxml.jackson.core.JsonFactory.class),
            jarOf(com.fasterxml.jackson.annotation.JsonProperty.class),
            jarOf(com.fasterxml.jackson.datatype.jsr310.JavaTimeModule.class),
            jarOf(org.slf4j.LoggerFactory.class),
            jarOf(org.jboss.logging.Logger.class)}, ClassLoader.getPlatformClassLoader());
        shaded = new URLClassLoader("alpenlock-core", new URL[] {ShadedJar.path().toUri().toURL()},
                keycloakProvided);
    }

    @AfterAll
    static void close() throws Exception {
        shaded.close();
        keycloakProvided.close();
    }

    private static URL jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    private static Object call(Object target, String method, Object... args) throws Exception {
        for (java.lang.reflect.Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                return m.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(method);
    }

    private static Object callStatic(String type, String method, Object... args) throws Exception {
        for (java.lang.reflect.Method m : shaded.loadClass(type).getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length
                    && java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                return m.invoke(null, args);
            }
        }
        throw new NoSuchMethodException(type + "." + method);
    }

    private static Object configValues(Map<String, String> options) throws Exception {
        return shaded.loadClass("io.alpenlock.core.config.ConfigValues").getMethod("of", Map.class, String.class)
                .invoke(null, options, "--it--");
    }

    @Test
    void theSdksAreOnlyReachableUnderTheShadedPrefix() throws Exception {
        assertThat(shaded.loadClass("io.alpenlock.shaded.com.twilio.Twilio").getClassLoader()).isSameAs(shaded);
        assertThat(shaded.loadClass("io.alpenlock.shaded.com.google.firebase.FirebaseApp").getClassLoader())
                .isSameAs(shaded);
        for (String original : new String[] {"com.twilio.Twilio", "com.google.firebase.FirebaseApp",
                "com.google.common.collect.ImmutableList", "com.google.gson.Gson", "org.apache.hc.core5.http.Header"}) {
            assertThatThrownBy(() -> shaded.loadClass(original)).as(original)
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void sendsAnSmsThroughTheShadedTwilioSdk() throws Exception {
        mock.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\":\"SM0001\",\"status\":\"queued\","
                        + "\"to\":\"+41791234567\",\"date_created\":\"Thu, 24 Aug 2023 05:01:45 +0000\","
                        + "\"num_segments\":\"1\",\"price\":null,\"direction\":\"outbound-api\"}")));
        Object gateway = twilioGateway("1000");

        Object result = call(gateway, "send", sms("Your code: 123456"));

        assertThat(result.getClass().getName()).isEqualTo("io.alpenlock.core.sms.SmsResult$Sent");
        assertThat(call(result, "providerMessageId")).isEqualTo("SM0001");
        mock.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Basic "
                        + Base64.getEncoder().encodeToString((SID + ":token").getBytes())))
                .withFormParam("To", equalTo("+41791234567"))
                .withFormParam("From", equalTo("+41445550000"))
                .withFormParam("Body", equalTo("Your code: 123456")));
    }

    @Test
    void classifiesTwilioErrorsThroughTheShadedSdk() throws Exception {
        mock.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":21211,\"message\":\"Invalid\","
                        + "\"more_info\":\"https://www.twilio.com/docs/errors/21211\",\"status\":400}")));
        Object rejected = call(twilioGateway("1000"), "send", sms("x"));
        assertThat(rejected.toString()).isEqualTo("Rejected[detail=twilio-21211]");

        mock.stubFor(post(urlEqualTo(MESSAGES)).willReturn(okJson("{}").withFixedDelay(3000)));
        assertThat(call(twilioGateway("300"), "send", sms("x")).toString())
                .isEqualTo("TemporaryFailure[detail=timeout]");
    }

    private Object twilioGateway(String readTimeoutMs) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("account-sid", SID, "auth-token", "token",
                "from", "+41445550000", "read-timeout-ms", readTimeoutMs, "base-url", mock.baseUrl()));
        Object config = callStatic("io.alpenlock.core.sms.TwilioConfig", "from", configValues(options));
        return callStatic("io.alpenlock.core.sms.TwilioSmsGateway", "create", config);
    }

    private Object sms(String body) throws Exception {
        return shaded.loadClass("io.alpenlock.core.sms.SmsMessage").getConstructor(String.class, String.class)
                .newInstance("+41791234567", body);
    }

    @Test
    void sendsAPushThroughTheShadedFirebaseSdkWithAServiceAccountKey(@TempDir Path dir) throws Exception {
        mock.stubFor(post(urlEqualTo("/token")).willReturn(
                okJson("{\"access_token\":\"ya29.shaded\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
        mock.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{\"name\":\"projects/" + PROJECT + "/messages/7\"}")));
        Object gateway = fcmGateway(dir);
        try {
            Object result = call(gateway, "send", push("ch_42"));

            assertThat(result.toString()).isEqualTo("Sent[providerMessageId=projects/" + PROJECT + "/messages/7]");
            JsonNode body = new ObjectMapper().readTree(mock.findAll(postRequestedFor(urlEqualTo(SEND))
                    .withHeader("Authorization", equalTo("Bearer ya29.shaded"))).get(0).getBodyAsString());
            assertThat(body.path("message").path("token").asText()).isEqualTo(DEVICE_TOKEN);
            assertThat(body.path("message").path("data").toString()).isEqualTo("{\"ref\":\"ch_42\"}");
            assertThat(body.path("message").has("notification")).isFalse();

            mock.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"code\":404,\"message\":"
                            + "\"Requested entity was not found.\",\"status\":\"NOT_FOUND\",\"details\":[{\"@type\":"
                            + "\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":"
                            + "\"UNREGISTERED\"}]}}")));
            assertThat(call(gateway, "send", push("ch_43")).toString())
                    .isEqualTo("InvalidToken[detail=fcm-UNREGISTERED]");
        } finally {
            call(gateway, "close");
        }
    }

    private Object fcmGateway(Path dir) throws Exception {
        Path key = ServiceAccountKeys.write(dir, PROJECT, "https://oauth2.googleapis.com/token");
        Map<String, String> options = Map.of("credentials-file", key.toString(), "base-url", mock.baseUrl(),
                "connect-timeout-ms", "1000", "read-timeout-ms", "2000");
        Object config = callStatic("io.alpenlock.core.push.FcmConfig", "from", configValues(options));
        return callStatic("io.alpenlock.core.push.FcmPushGateway", "create", config, Clock.systemUTC(),
                "it-" + UUID.randomUUID());
    }

    private Object push(String reference) throws Exception {
        return callStatic("io.alpenlock.core.push.PushMessage", "withReference", DEVICE_TOKEN, reference);
    }
}
