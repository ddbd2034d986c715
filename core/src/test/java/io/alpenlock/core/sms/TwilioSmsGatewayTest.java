package io.alpenlock.core.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.alpenlock.core.config.ConfigValues;
import io.alpenlock.core.config.InvalidConfigException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real Twilio SDK against a local WireMock standing in for api.twilio.com. */
class TwilioSmsGatewayTest {

    static final String SID = TwilioConfigTest.SID;
    static final String MESSAGES = "/2010-04-01/Accounts/" + SID + "/Messages.json";
    static final String TO = "+41791234567";

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static Map<String, String> options(String baseUrl) {
        Map<String, String> options = new HashMap<>();
        options.put("account-sid", SID);
        options.put("auth-token", "test-auth-token");
        options.put("from", "+41445550000");
        options.put("connect-timeout-ms", "5000");
        options.put("read-timeout-ms", "5000");
        options.put("base-url", baseUrl);
        return options;
    }

    static TwilioSmsGateway gateway(Map<String, String> options) throws InvalidConfigException {
        return TwilioSmsGateway.create(TwilioConfig.from(ConfigValues.of(options, "--test--")));
    }

    private TwilioSmsGateway gateway() throws InvalidConfigException {
        return gateway(options(twilio.baseUrl()));
    }

    static String created(String sid) {
        return "{\"account_sid\":\"" + SID + "\",\"api_version\":\"2010-04-01\",\"body\":\"Code 123456\","
                + "\"date_created\":\"Thu, 24 Aug 2023 05:01:45 +0000\",\"date_sent\":null,"
                + "\"date_updated\":\"Thu, 24 Aug 2023 05:01:45 +0000\",\"direction\":\"outbound-api\","
                + "\"error_code\":null,\"error_message\":null,\"from\":\"+41445550000\","
                + "\"messaging_service_sid\":null,\"num_media\":\"0\",\"num_segments\":\"1\",\"price\":null,"
                + "\"price_unit\":null,\"sid\":\"" + sid + "\",\"status\":\"queued\",\"subresource_uris\":"
                + "{\"media\":\"/2010-04-01/Accounts/" + SID + "/Messages/" + sid + "/Media.json\"},"
                + "\"to\":\"" + TO + "\",\"uri\":\"/2010-04-01/Accounts/" + SID + "/Messages/" + sid + ".json\"}";
    }

    static String error(int code, int status) {
        return "{\"code\":" + code + ",\"message\":\"The 'To' number " + TO + " is not valid.\","
                + "\"more_info\":\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status + "}";
    }

    private static void answer(int status, String body) {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    @Test
    void postsToFromAndBodyWithBasicAuthToTheMessagesResource() throws Exception {
        answer(201, created("SM00000000000000000000000000000001"));

        SmsResult result = gateway().send(new SmsMessage(TO, "Your Alpenlock code: 123456 – Grüezi"));

        assertThat(result).isEqualTo(new SmsResult.Sent("SM00000000000000000000000000000001"));
        List<LoggedRequest> requests = twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES)));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((SID + ":test-auth-token").getBytes(StandardCharsets.UTF_8)));
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(request)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "To", TO, "From", "+41445550000", "Body", "Your Alpenlock code: 123456 – Grüezi"));
    }

    @Test
    void sendsMessagingServiceSidInsteadOfFrom() throws Exception {
        answer(201, created("SM00000000000000000000000000000002"));
        Map<String, String> options = options(twilio.baseUrl());
        options.remove("from");
        options.put("messaging-service-sid", TwilioConfigTest.SERVICE);

        assertThat(gateway(options).send(new SmsMessage(TO, "Code 1")).isSent()).isTrue();

        LoggedRequest request = twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).get(0);
        assertThat(form(request)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "To", TO, "MessagingServiceSid", TwilioConfigTest.SERVICE, "Body", "Code 1"));
    }

    @Test
    void authenticatesWithApiKeyAndSecretOnTheAccountsPath() throws Exception {
        answer(201, created("SM00000000000000000000000000000003"));
        Map<String, String> options = options(twilio.baseUrl());
        options.remove("auth-token");
        options.put("api-key", TwilioConfigTest.KEY);
        options.put("api-secret", "key-secret");

        assertThat(gateway(options).send(new SmsMessage(TO, "Code 2")).isSent()).isTrue();

        twilio.verify(postRequestedFor(urlEqualTo(MESSAGES)).withHeader("Authorization", equalTo("Basic "
                + Base64.getEncoder().encodeToString((TwilioConfigTest.KEY + ":key-secret").getBytes()))));
    }

    @Test
    void invalidNumberIsRejectedWithTheTwilioCodeOnly() throws Exception {
        answer(400, error(21211, 400));
        SmsResult result = gateway().send(new SmsMessage(TO, "Code 3"));
        assertThat(result).isEqualTo(new SmsResult.Rejected("twilio-21211"));
        assertThat(result.messageKey()).isEqualTo("alpenlockSmsRejected");
        assertThat(result.detail()).doesNotContain(TO);
    }

    @Test
    void landlineIsRejected() throws Exception {
        answer(400, error(21614, 400));
        assertThat(gateway().send(new SmsMessage(TO, "Code 4"))).isEqualTo(new SmsResult.Rejected("twilio-21614"));
    }

    @Test
    void refusedCredentialsMakeTheSenderUnavailable() throws Exception {
        answer(401, "{\"code\":20003,\"message\":\"Authenticate\",\"more_info\":\"x\",\"status\":401}");
        SmsResult result = gateway().send(new SmsMessage(TO, "Code 5"));
        assertThat(result).isEqualTo(new SmsResult.Unavailable("twilio-20003"));
        assertThat(result.messageKey()).isEqualTo("alpenlockSmsUnavailable");
    }

    @Test
    void tooManyRequestsIsRateLimited() throws Exception {
        answer(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"more_info\":\"x\",\"status\":429}");
        assertThat(gateway().send(new SmsMessage(TO, "Code 6"))).isEqualTo(new SmsResult.RateLimited("twilio-20429"));
    }

    @Test
    void rateLimitWithoutBodyIsStillRateLimited() throws Exception {
        answer(429, "");
        assertThat(gateway().send(new SmsMessage(TO, "Code 6"))).isEqualTo(new SmsResult.RateLimited("http-429"));
    }

    @Test
    void serverErrorsAreTemporaryAndNotRetried() throws Exception {
        for (int status : new int[] {500, 503}) {
            twilio.resetAll();
            answer(status, "{\"code\":20500,\"message\":\"Internal\",\"more_info\":\"x\",\"status\":" + status + "}");
            assertThat(gateway().send(new SmsMessage(TO, "Code 7"))).isInstanceOf(SmsResult.TemporaryFailure.class);
            assertThat(twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES)))).as("one attempt").hasSize(1);
        }
        twilio.resetAll();
        answer(502, "<html>Bad gateway</html>");
        assertThat(gateway().send(new SmsMessage(TO, "Code 7"))).isEqualTo(new SmsResult.TemporaryFailure("http-502"));
    }

    @Test
    void slowAnswerTimesOutWithinTheReadTimeout() throws Exception {
        twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withBody(created("SM00000000000000000000000000000009")).withFixedDelay(4000)));
        Map<String, String> options = options(twilio.baseUrl());
        options.put("read-timeout-ms", "400");

        long start = System.nanoTime();
        SmsResult result = gateway(options).send(new SmsMessage(TO, "Code 8"));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(result).isEqualTo(new SmsResult.TemporaryFailure("timeout"));
        assertThat(elapsedMs).isLessThan(2000);
    }

    @Test
    void refusedConnectionIsTemporary() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmsResult result = gateway(options("http://localhost:" + closedPort)).send(new SmsMessage(TO, "Code 9"));
        assertThat(result).isEqualTo(new SmsResult.TemporaryFailure("connection-failed"));
    }

    @Test
    void unreadableSuccessAnswerIsTemporaryNotAnException() throws Exception {
        answer(201, "not json");
        assertThat(gateway().send(new SmsMessage(TO, "Code 10")))
                .isEqualTo(new SmsResult.TemporaryFailure("unreadable-response"));
    }

    @Test
    void incompleteConfigurationIsRefusedWithTheOptionNames() {
        assertThatThrownBy(() -> gateway(Map.of())).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("--test--account-sid is missing");
    }

    @Test
    void unavailableGatewayAnswersUnavailable() {
        SmsGateway gateway = SmsGateway.unavailable("not-configured");
        assertThat(gateway.isAvailable()).isFalse();
        assertThat(gateway.send(new SmsMessage(TO, "x"))).isEqualTo(new SmsResult.Unavailable("not-configured"));
    }
}
