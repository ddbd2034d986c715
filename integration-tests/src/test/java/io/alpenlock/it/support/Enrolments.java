package io.alpenlock.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.core.totp.TotpSecret;
import org.openqa.selenium.By;

/** Puts the Alpenlock app on a test user's account the way a person does: the QR page and a device call. */
public final class Enrolments {

    /** A user with one enrolled app. */
    public record Enrolled(String userId, String username, String password, String credentialId, TotpSecret secret) {
    }

    private Enrolments() {
    }

    /** Creates a user in {@code realm}, signs in with the enrolment action and enrols {@code phone}. */
    public static Enrolled enrolledUser(Environment env, Browser browser, TestDevice phone, String realm,
                                        String prefix, String password, String locale, String label) {
        String id = env.admin().createUser(realm, prefix, password, locale);
        String username = env.admin().user(realm, id).get("username").asText();
        DemoClient client = new DemoClient(env.server(), realm);
        browser.forgetCookies();
        String token = openEnrolmentPage(env, browser, client, realm, id, username, password);
        HttpResponse<String> enrolled = phone.post("enrollments",
                "{\"token\":\"" + token + "\",\"label\":\"" + label + "\",\"platform\":\"cli\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        browser.awaitCallback(client);
        browser.forgetCookies();
        try {
            JsonNode answer = AdminApi.JSON.readTree(enrolled.body());
            return new Enrolled(id, username, password, answer.get("credentialId").asText(),
                    TotpSecret.fromBase32(answer.get("totp").get("secret").asText()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Signs in with the enrolment required action set and returns the token of the link on the page. */
    public static String openEnrolmentPage(Environment env, Browser browser, DemoClient client, String realm,
                                           String id, String username, String password) {
        env.admin().setRequiredActions(realm, id, List.of("alpenlock-enroll-app"));
        browser.signIn(client.authorizationUrl(Map.of()), username, password);
        assertThat(browser.find(By.id("alpenlock-enroll-qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        String link = browser.find(By.id("alpenlock-enroll-link")).getAttribute("textContent").strip();
        assertThat(link).startsWith("alpenlock://enroll?r=");
        String query = URI.create(link).getRawQuery();
        String realmUrl = URLDecoder.decode(query.replaceAll(".*r=([^&]*).*", "$1"), StandardCharsets.UTF_8);
        assertThat(realmUrl).isEqualTo(env.server().realmUrl(realm));
        return query.replaceAll(".*t=([^&]*).*", "$1");
    }
}
