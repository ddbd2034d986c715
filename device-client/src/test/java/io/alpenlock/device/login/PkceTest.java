package io.alpenlock.device.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void theS256ChallengeIsTheOneOfRfc7636AppendixB() {
        assertThat(Pkce.s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void generatedVerifiersAreLongRandomAndHiddenInToString() {
        SecureRandom random = new SecureRandom();
        Pkce one = Pkce.generate(random);
        Pkce two = Pkce.generate(random);

        assertThat(one.verifier()).matches("[A-Za-z0-9_-]{43}");
        assertThat(one.verifier()).isNotEqualTo(two.verifier());
        assertThat(one.challenge()).isEqualTo(Pkce.s256(one.verifier()));
        assertThat(one.toString()).doesNotContain(one.verifier());
    }

    @Test
    void theAuthorizationUrlHasEveryParameterEncoded() {
        AuthorizationRequest request = new AuthorizationRequest(URI.create("https://id.example.org/realms/accounts"),
                "alpenlock-app", URI.create("http://127.0.0.1:4711/callback"), "openid", "st-1",
                "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

        assertThat(request.uri().toString()).isEqualTo("https://id.example.org/realms/accounts/protocol/"
                + "openid-connect/auth?response_type=code&client_id=alpenlock-app"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A4711%2Fcallback&scope=openid"
                + "&state=st-1&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
    }
}
