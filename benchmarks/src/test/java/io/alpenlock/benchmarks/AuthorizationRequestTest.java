package io.alpenlock.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class AuthorizationRequestTest {

    final AuthorizationRequest request = AuthorizationRequest.create("http://127.0.0.1:8080/realms/r", new SecureRandom());

    @Test
    void theRequestIsTheDemoWebmailsCodeFlowWithPkceS256() {
        String query = URI.create(request.url()).getRawQuery();

        assertThat(request.url()).startsWith("http://127.0.0.1:8080/realms/r/protocol/openid-connect/auth?");
        assertThat(query).contains("client_id=alpenlock-demo-webmail", "response_type=code",
                "redirect_uri=http%3A%2F%2F127.0.0.1%3A8081%2Fcallback", "code_challenge_method=S256",
                "state=" + request.state());
    }

    @Test
    void onlyARedirectToTheClientWithACodeAndThisStateIsASuccess() {
        String base = AuthorizationRequest.REDIRECT_URI + "?";

        assertThat(request.isSuccessfulRedirect(base + "state=" + request.state() + "&session_state=s&code=c1")).isTrue();
        assertThat(request.isSuccessfulRedirect(base + "state=other&code=c1")).isFalse();
        assertThat(request.isSuccessfulRedirect(base + "error=access_denied&state=" + request.state())).isFalse();
        assertThat(request.isSuccessfulRedirect("http://127.0.0.1:8080/realms/r/login-actions/x?code=c1")).isFalse();
        assertThat(request.isSuccessfulRedirect(null)).isFalse();
    }
}
