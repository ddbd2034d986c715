package io.alpenlock.core.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OtpAuthUriTest {

    private static final TotpSecret SECRET = TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

    @Test
    void buildsTheGoogleAuthenticatorKeyUri() {
        OtpAuthUri uri = OtpAuthUri.builder().issuer("Alpenlock").account("alice@example.org").secret(SECRET).build();
        assertThat(uri.toUriString()).isEqualTo("otpauth://totp/Alpenlock:alice%40example.org"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Alpenlock&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void percentEncodesSpacesAndNonAsciiAsUtf8() {
        OtpAuthUri uri = OtpAuthUri.builder().issuer("Bäckerei Müller & Co").account("zoë+test@exämple.ch")
                .secret(SECRET).parameters(TotpParameters.of(TotpAlgorithm.SHA256, 8, 60)).build();
        assertThat(uri.toUriString()).isEqualTo("otpauth://totp/B%C3%A4ckerei%20M%C3%BCller%20%26%20Co:"
                + "zo%C3%AB%2Btest%40ex%C3%A4mple.ch?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=B%C3%A4ckerei%20M%C3%BCller%20%26%20Co&algorithm=SHA256&digits=8&period=60");
        assertThat(OtpAuthUri.encode("a-b.c_d~e/f?g")).isEqualTo("a-b.c_d~e%2Ff%3Fg");
    }

    @Test
    void toStringHidesTheSecret() {
        OtpAuthUri uri = OtpAuthUri.builder().issuer("Alpenlock").account("alice").secret(SECRET).build();
        assertThat(uri.toString()).doesNotContain(SECRET.toBase32()).contains("secret=<hidden>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alpen:lock", "", " ", "tab\tinside"})
    void refusesAnIssuerWithAColonOrControlCharactersOrBlank(String issuer) {
        assertThatThrownBy(() -> OtpAuthUri.builder().issuer(issuer).account("alice").secret(SECRET).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OtpAuthUri.builder().issuer("Alpenlock").account(issuer).secret(SECRET).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesWhatItBuilds() {
        TotpSecret secret = TotpSecret.generate(new SecureRandom());
        OtpAuthUri built = OtpAuthUri.builder().issuer("Bäckerei Müller").account("zoë@example.ch").secret(secret)
                .parameters(TotpParameters.of(TotpAlgorithm.SHA512, 8, 30)).build();
        OtpAuthUri parsed = OtpAuthUri.parse(built.toUriString());
        assertThat(parsed.issuer()).isEqualTo("Bäckerei Müller");
        assertThat(parsed.account()).isEqualTo("zoë@example.ch");
        assertThat(parsed.secret().bytes()).isEqualTo(secret.bytes());
        assertThat(parsed.parameters()).isEqualTo(TotpParameters.of(TotpAlgorithm.SHA512, 8, 30));
        assertThat(parsed.toUriString()).isEqualTo(built.toUriString());
    }

    @Test
    void parseFillsDefaultsAndTakesTheIssuerFromEitherPlace() {
        OtpAuthUri fromLabel = OtpAuthUri.parse("otpauth://totp/ACME%20Co:john.doe%40email.com?secret="
                + SECRET.toBase32().toLowerCase());
        assertThat(fromLabel.issuer()).isEqualTo("ACME Co");
        assertThat(fromLabel.account()).isEqualTo("john.doe@email.com");
        assertThat(fromLabel.parameters()).isEqualTo(TotpParameters.DEFAULT);
        OtpAuthUri fromQuery = OtpAuthUri.parse("otpauth://totp/john?secret=" + SECRET.toBase32() + "&issuer=ACME");
        assertThat(fromQuery.issuer()).isEqualTo("ACME");
        assertThat(fromQuery.account()).isEqualTo("john");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "otpauth://hotp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=1",
            "https://totp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
            "otpauth://totp/A:b?issuer=A",
            "otpauth://totp/b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
            "otpauth://totp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=B",
            "otpauth://totp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=10",
            "otpauth://totp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&algorithm=MD5",
            "otpauth://totp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
            "otpauth://totp/A:b%ZZ?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
            "otpauth://totp/A:b%C3?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
            "otpauth://totp/A:b c?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
            "otpauth://totp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1",
            "otpauth://totp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ#x"})
    void parseRefusesOtherUrisWithoutQuotingTheSecret(String uri) {
        assertThatThrownBy(() -> OtpAuthUri.parse(uri)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("GEZDGNBVGY3TQOJQ"));
    }
}
