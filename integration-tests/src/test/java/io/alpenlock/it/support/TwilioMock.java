package io.alpenlock.it.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A WireMock server standing in for api.twilio.com: Keycloak's real Twilio SDK (shaded in our core jar) posts
 * to {@code /2010-04-01/Accounts/{sid}/Messages.json} here, through the SMS sender's test-only {@code base-url}
 * option. Answers like Twilio ("queued") and keeps every request, so tests read each SMS's To and Body.
 */
public final class TwilioMock implements AutoCloseable {

    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    public static final String FROM = "+41445550000";
    static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

    /** One SMS as Twilio received it. */
    public record Sms(String to, String from, String body) {
    }

    private final WireMockServer server;

    private TwilioMock(WireMockServer server) {
        this.server = server;
    }

    public static TwilioMock start() {
        WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"account_sid\":\"" + ACCOUNT_SID + "\",\"api_version\":\"2010-04-01\",\"sid\":\"SM0123456789abcdef0123456789abcdef\","
                        + "\"status\":\"queued\",\"direction\":\"outbound-api\",\"num_segments\":\"1\",\"num_media\":\"0\","
                        + "\"date_created\":\"Wed, 25 Nov 2026 10:00:00 +0000\",\"from\":\"" + FROM + "\"}")));
        return new TwilioMock(server);
    }

    /** From now on, Twilio answers SMS to this number with a server error (503), as during an outage. */
    public void failFor(String number) {
        server.stubFor(post(urlEqualTo(MESSAGES)).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(
                        "To=" + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8)))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":20500,\"message\":\"Service unavailable\",\"status\":503}")));
    }

    /** {@code localhost}, not 127.0.0.1: the Twilio SDK splits dotted host names into a region and an edge. */
    public String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** Every SMS Twilio was asked to send, oldest first. */
    public List<Sms> messages() {
        return server.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream().map(TwilioMock::sms).toList();
    }

    /** The SMS sent to this number, oldest first. */
    public List<Sms> messagesTo(String number) {
        return messages().stream().filter(sms -> number.equals(sms.to())).toList();
    }

    /** Waits up to 10 s until at least {@code count} SMS went to this number. */
    public List<Sms> awaitMessagesTo(String number, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        List<Sms> found = messagesTo(number);
        while (found.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            found = messagesTo(number);
        }
        if (found.size() < count) {
            throw new AssertionError("Twilio got " + found.size() + " SMS to " + number + ", expected " + count);
        }
        return found;
    }

    private static Sms sms(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return new Sms(form.get("To"), form.get("From"), form.get("Body"));
    }

    @Override
    public void close() {
        server.stop();
    }
}
