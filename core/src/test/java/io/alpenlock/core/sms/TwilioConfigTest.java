package io.alpenlock.core.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.alpenlock.core.config.ConfigProblem;
import io.alpenlock.core.config.ConfigValues;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioConfigTest {

    static final String SID = "AC0123456789abcdef0123456789abcdef";
    static final String KEY = "SK0123456789abcdef0123456789abcdef";
    static final String SERVICE = "MG0123456789abcdef0123456789abcdef";
    private static final String PREFIX = "--spi-alpenlock-sms-sender--twilio--";

    private static TwilioConfig config(Map<String, String> options) {
        return TwilioConfig.from(ConfigValues.of(options, PREFIX));
    }

    private static Map<String, String> valid() {
        Map<String, String> options = new HashMap<>();
        options.put("account-sid", SID);
        options.put("auth-token", "secret-token");
        options.put("from", "+41445550000");
        return options;
    }

    @Test
    void authTokenAndFromIsCompleteWithFiveSecondTimeouts() {
        TwilioConfig config = config(valid());
        assertThat(config.isValid()).isTrue();
        assertThat(config.usesApiKey()).isFalse();
        assertThat(config.username()).isEqualTo(SID);
        assertThat(config.password()).isEqualTo("secret-token");
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(5000));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofMillis(5000));
        assertThat(config.baseUrl()).isEmpty();
        assertThat(config.messagingService()).isEmpty();
    }

    @Test
    void apiKeyAndSecretAuthenticateInsteadOfTheAuthToken() {
        Map<String, String> options = valid();
        options.remove("auth-token");
        options.put("api-key", KEY);
        options.put("api-secret", "key-secret");
        TwilioConfig config = config(options);
        assertThat(config.isValid()).isTrue();
        assertThat(config.username()).isEqualTo(KEY);
        assertThat(config.password()).isEqualTo("key-secret");
        assertThat(config.accountSid()).isEqualTo(SID);
    }

    @Test
    void emptyConfigurationNamesEveryMissingOption() {
        TwilioConfig config = config(Map.of());
        assertThat(config.isValid()).isFalse();
        assertThat(config.problems()).extracting(ConfigProblem::describe).containsExactly(
                PREFIX + "account-sid is missing",
                PREFIX + "auth-token is missing (or set " + PREFIX + "api-key and " + PREFIX + "api-secret)",
                PREFIX + "from is missing (or set " + PREFIX + "messaging-service-sid)");
    }

    @Test
    void malformedIdentifiersAreNamed() {
        Map<String, String> options = valid();
        options.put("account-sid", "AC123");
        options.put("from", "not a valid sender!");
        assertThat(config(options).problems()).extracting(ConfigProblem::option)
                .containsExactly(PREFIX + "account-sid", PREFIX + "from");
    }

    @Test
    void apiKeyNeedsItsSecretAndAFormat() {
        Map<String, String> options = valid();
        options.remove("auth-token");
        options.put("api-key", "key");
        assertThat(config(options).problems()).extracting(ConfigProblem::option)
                .containsExactly(PREFIX + "api-key", PREFIX + "api-secret");
    }

    @Test
    void authTokenAndApiKeyTogetherAreAmbiguous() {
        Map<String, String> options = valid();
        options.put("api-key", KEY);
        options.put("api-secret", "s");
        assertThat(config(options).problems()).singleElement().extracting(ConfigProblem::option)
                .isEqualTo(PREFIX + "auth-token");
    }

    @Test
    void messagingServiceReplacesFromButNotBoth() {
        Map<String, String> options = valid();
        options.remove("from");
        options.put("messaging-service-sid", SERVICE);
        assertThat(config(options).messagingService()).contains(SERVICE);
        assertThat(config(options).isValid()).isTrue();
        options.put("from", "+41445550000");
        assertThat(config(options).problems()).singleElement().extracting(ConfigProblem::option)
                .isEqualTo(PREFIX + "from");
        options.remove("from");
        options.put("messaging-service-sid", "MG1");
        assertThat(config(options).problems()).singleElement().extracting(ConfigProblem::option)
                .isEqualTo(PREFIX + "messaging-service-sid");
    }

    @Test
    void acceptsShortCodesAndAlphanumericSenders() {
        Map<String, String> options = valid();
        for (String sender : new String[] {"12345", "Alpenlock", "Bank 24"}) {
            options.put("from", sender);
            assertThat(config(options).isValid()).as(sender).isTrue();
        }
        options.put("from", "123456789012");
        assertThat(config(options).isValid()).isFalse();
    }

    @Test
    void timeoutsAndBaseUrlAreParsed() {
        Map<String, String> options = valid();
        options.put("connect-timeout-ms", "1500");
        options.put("read-timeout-ms", "2500");
        options.put("base-url", "http://localhost:12345");
        TwilioConfig config = config(options);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.baseUrl()).contains(URI.create("http://localhost:12345"));
        options.put("read-timeout-ms", "-1");
        assertThat(config(options).problems()).singleElement().extracting(ConfigProblem::option)
                .isEqualTo(PREFIX + "read-timeout-ms");
    }

    @Test
    void toStringAndProblemsNeverShowSecrets() {
        Map<String, String> options = valid();
        options.put("read-timeout-ms", "soon");
        TwilioConfig config = config(options);
        assertThat(config.toString()).doesNotContain("secret-token").contains(SID);
        assertThat(config.problems().toString()).doesNotContain("secret-token").doesNotContain("soon");
    }
}
