package io.alpenlock.device.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoopbackRedirectReceiverTest {

    final HttpClient browser = HttpClient.newHttpClient();
    LoopbackRedirectReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = LoopbackRedirectReceiver.start("expected-state");
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    HttpResponse<String> open(String pathAndQuery) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + receiver.redirectUri().getPort() + pathAndQuery);
        return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackAtAnEphemeralPort() {
        assertThat(receiver.redirectUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/callback");
        assertThat(receiver.redirectUri().getPort()).isPositive();
    }

    @Test
    void theCodeWithTheRightStateIsAcceptedAndTheBrowserMayClose() throws Exception {
        HttpResponse<String> page = open("/callback?state=expected-state&session_state=x&code=the%2Bcode");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("You can close this window");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        AuthorizationResponse response = receiver.await(Duration.ofSeconds(1));
        assertThat(response.code()).hasValue("the+code");
        assertThat(response.toString()).doesNotContain("the+code");
    }

    @Test
    void anotherStateIsRefusedWithAnErrorPage() throws Exception {
        HttpResponse<String> page = open("/callback?state=forged&code=c");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Sign-in not completed").doesNotContain("forged");
        AuthorizationResponse response = receiver.await(Duration.ofSeconds(1));
        assertThat(response.code()).isEmpty();
        assertThat(response.failure()).hasValueSatisfying(f -> assertThat(f).contains("state mismatch"));
    }

    @Test
    void anErrorFromTheServerIsReportedWithoutQuotingItInThePage() throws Exception {
        HttpResponse<String> page = open("/callback?error=access_denied&error_description=%3Cscript%3E&"
                + "state=expected-state");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("access_denied");
        assertThat(receiver.await(Duration.ofSeconds(1)).failure())
                .hasValue("the sign-in did not complete: access_denied (<script>)");
    }

    @Test
    void otherPathsAreNotFoundAndDoNotEndTheWait() throws Exception {
        assertThat(open("/favicon.ico").statusCode()).isEqualTo(404);
        assertThat(receiver.await(Duration.ofMillis(200)).failure())
                .hasValue("the browser did not come back within 200 ms");

        open("/callback?state=expected-state&code=c");
        assertThat(receiver.await(Duration.ofSeconds(1)).code()).hasValue("c");
        assertThat(open("/callback?state=expected-state&code=d").body()).contains("already answered");
        assertThat(receiver.await(Duration.ofSeconds(1)).code()).hasValue("c");
    }

    @Test
    void aParameterGivenTwiceIsRefused() throws Exception {
        open("/callback?state=expected-state&code=a&code=b");

        assertThat(receiver.await(Duration.ofSeconds(1)).failure()).isPresent();
    }
}
