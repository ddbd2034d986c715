package io.alpenlock.device.command;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.alpenlock.device.login.Pkce;
import io.alpenlock.device.store.DeviceState;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connect} against WireMock standing in for Keycloak: its authorization endpoint redirects the "browser" (an
 * HTTP client following redirects) to the loopback redirect URI, its token endpoint answers the code exchange, and
 * the device API takes the enrolment.
 */
class ConnectCommandTest {

    static final String REALM = "/realms/accounts";
    static final String AUTH = REALM + "/protocol/openid-connect/auth";
    static final String TOKEN = REALM + "/protocol/openid-connect/token";
    static final String ENROLLMENTS = REALM + "/alpenlock/device/enrollments";
    static final String ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiJ9.access-token.signature";
    static final String ENROLLED = """
            {"credentialId": "c-7", "realm": "accounts", "username": "alice@alpenlock.test",
             "issuer": "Alpenlock Accounts", "label": "Phone",
             "totp": {"secret": "%s", "algorithm": "SHA1", "digits": 6, "period": 30}}
            """.formatted(CliFixture.SECRET);

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path temp;
    CliFixture device;
    String realmUrl;
    final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeEach
    void setUp() {
        device = new CliFixture(temp);
        realmUrl = server.baseUrl() + REALM;
        server.stubFor(post(TOKEN).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":300,\"id_token\":\"id\",\"refresh_token\":\"refresh\"}")));
        server.stubFor(post(ENROLLMENTS).willReturn(aResponse().withStatus(201).withBody(ENROLLED)));
    }

    /** Keycloak after a successful sign-in: back to the redirect URI with a code and the state. */
    void signInRedirectsWith(String query) {
        server.stubFor(get(urlPathEqualTo(AUTH)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{{request.query.redirect_uri}}}?" + query)
                .withTransformers("response-template")));
    }

    static Map<String, String> query(String text) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : text.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** Starts {@code connect}, opens the printed URL as a browser would, and returns the page it ends on. */
    HttpResponse<String> signIn(CliFixture.Background connect) throws Exception {
        String line = connect.awaitLine(l -> l.startsWith("Open this URL in a browser: "));
        URI url = URI.create(line.substring("Open this URL in a browser: ".length()));
        return browser.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signsInWithPkceExchangesTheCodeAndEnrolsWithTheAccessToken() throws Exception {
        signInRedirectsWith("session_state=s1&iss=x&code=the-code&state={{request.query.state}}");

        CliFixture.Background connect = device.start(InputStream.nullInputStream(), "connect", realmUrl + "/",
                "--label", "Phone", "--push-token", "fcm-1");
        HttpResponse<String> page = signIn(connect);
        CliFixture.Run run = connect.result().get(10, TimeUnit.SECONDS);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("You can close this window");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(2);
        assertThat(out.get(1)).isEqualTo("Enrolled alice@alpenlock.test (Alpenlock Accounts) as Phone");

        URI authorization = URI.create(out.get(0).substring("Open this URL in a browser: ".length()));
        assertThat(authorization.getPath()).isEqualTo(AUTH);
        Map<String, String> auth = query(authorization.getRawQuery());
        assertThat(auth).containsEntry("response_type", "code").containsEntry("client_id", "alpenlock-app")
                .containsEntry("scope", "openid").containsEntry("code_challenge_method", "S256");
        assertThat(auth.get("redirect_uri")).matches("http://127\\.0\\.0\\.1:\\d+/callback");
        assertThat(auth.get("state")).matches("[A-Za-z0-9_-]{22,}");

        List<LoggedRequest> tokenRequests = server.findAll(postRequestedFor(urlEqualTo(TOKEN)));
        assertThat(tokenRequests).hasSize(1);
        assertThat(tokenRequests.get(0).getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = query(tokenRequests.get(0).getBodyAsString());
        assertThat(form).containsOnlyKeys("grant_type", "code", "redirect_uri", "client_id", "code_verifier")
                .containsEntry("grant_type", "authorization_code").containsEntry("code", "the-code")
                .containsEntry("client_id", "alpenlock-app").containsEntry("redirect_uri", auth.get("redirect_uri"));
        assertThat(form.get("code_verifier")).matches("[A-Za-z0-9_-]{43,128}");
        assertThat(Pkce.s256(form.get("code_verifier"))).isEqualTo(auth.get("code_challenge"));

        DeviceState state = device.state();
        List<LoggedRequest> enrolments = server.findAll(postRequestedFor(urlEqualTo(ENROLLMENTS)));
        assertThat(enrolments).hasSize(1);
        LoggedRequest enrolment = enrolments.get(0);
        assertThat(enrolment.getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
        CliFixture.verifyProof(enrolment.getHeader("DPoP"), "POST", enrolment.getAbsoluteUrl(), enrolment.getBody(),
                state.deviceKey().orElseThrow());
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(enrolment.getBody())).isEqualTo(json.readTree(
                "{\"label\": \"Phone\", \"platform\": \"cli\", \"pushToken\": \"fcm-1\"}"));

        assertThat(state.accounts()).hasSize(1);
        assertThat(state.accounts().get(0).realmUrl()).isEqualTo(URI.create(realmUrl));
        assertThat(state.accounts().get(0).credentialId()).isEqualTo("c-7");
        assertThat(state.accounts().get(0).totp().secret().toBase32()).isEqualTo(CliFixture.SECRET);
        assertThat(run.out() + run.err()).doesNotContain(ACCESS_TOKEN).doesNotContain(form.get("code_verifier"))
                .doesNotContain(CliFixture.SECRET).doesNotContain("the-code");
    }

    @Test
    void anAnswerWithAnotherStateIsRefusedAndNoCodeIsExchanged() throws Exception {
        signInRedirectsWith("code=the-code&state=forged");

        CliFixture.Background connect = device.start(InputStream.nullInputStream(), "connect", realmUrl);
        HttpResponse<String> page = signIn(connect);
        CliFixture.Run run = connect.result().get(10, TimeUnit.SECONDS);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Sign-in not completed");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: the browser came back with another state than this sign-in started "
                + "with (state mismatch)");
        assertThat(server.findAll(postRequestedFor(anyUrl()))).isEmpty();
        assertThat(device.state().accounts()).isEmpty();
    }

    @Test
    void aSignInErrorIsReported() throws Exception {
        signInRedirectsWith("error=access_denied&error_description=User+cancelled&state={{request.query.state}}");

        CliFixture.Background connect = device.start(InputStream.nullInputStream(), "connect", realmUrl);
        HttpResponse<String> page = signIn(connect);
        CliFixture.Run run = connect.result().get(10, TimeUnit.SECONDS);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: the sign-in did not complete: access_denied (User cancelled)");
        assertThat(server.findAll(postRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aRefusedCodeExchangeStoresNoAccount() throws Exception {
        signInRedirectsWith("code=the-code&state={{request.query.state}}");
        server.stubFor(post(TOKEN).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":\"invalid_grant\",\"error_description\":\"Code not valid\"}")));

        CliFixture.Background connect = device.start(InputStream.nullInputStream(), "connect", realmUrl);
        signIn(connect);
        CliFixture.Run run = connect.result().get(10, TimeUnit.SECONDS);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: invalid_grant (HTTP 400): Code not valid");
        assertThat(server.findAll(postRequestedFor(urlEqualTo(ENROLLMENTS)))).isEmpty();
        assertThat(device.state().accounts()).isEmpty();
    }

    @Test
    void itGivesUpWhenTheBrowserDoesNotComeBackInTime() {
        CliFixture.Run run = device.run("--timeout", "5", "connect", realmUrl, "--timeout", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("Open this URL in a browser: " + server.baseUrl() + AUTH + "?");
        assertThat(run.err()).contains("Waiting up to 1 s", "error: the browser did not come back within 1 s");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(device.run("connect", "https://id.example.org/auth").exitCode()).isEqualTo(2);
        assertThat(device.run("connect", realmUrl, "--timeout", "0").err())
                .startsWith("error: --timeout (how long to wait for the sign-in) must be whole seconds from 1 to 3600");
        assertThat(device.run("connect").exitCode()).isEqualTo(2);
    }
}
