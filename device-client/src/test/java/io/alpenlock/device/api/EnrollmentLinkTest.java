package io.alpenlock.device.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrollmentLinkTest {

    static final String TOKEN = "q3HkPz-_9aLmN0oPqRsTuVwXyZ0123456789abcdE";

    static String link(String realmUrl, String token) {
        return "alpenlock://enroll?r=" + URLEncoder.encode(realmUrl, StandardCharsets.UTF_8) + "&t=" + token;
    }

    @Test
    void parsesTheLinkTheServerShows() {
        EnrollmentLink link = EnrollmentLink.parse(link("https://id.example.org/realms/accounts", TOKEN));

        assertThat(link.realmUrl()).isEqualTo(URI.create("https://id.example.org/realms/accounts"));
        assertThat(link.realmName()).isEqualTo("accounts");
        assertThat(link.token()).isEqualTo(TOKEN);
    }

    @Test
    void acceptsAPortAPathPrefixAndAnEncodedRealmName() {
        EnrollmentLink link = EnrollmentLink.parse(link("http://localhost:8080/auth/realms/my%20realm", TOKEN));

        assertThat(link.realmUrl().toString()).isEqualTo("http://localhost:8080/auth/realms/my%20realm");
        assertThat(link.realmName()).isEqualTo("my realm");
    }

    @Test
    void toleratesSurroundingWhiteSpaceUpperCaseSchemeAndUnknownParameters() {
        String text = "  ALPENLOCK://enroll?v=2&r=https%3A%2F%2Fid.example.org%2Frealms%2Faccounts&t=" + TOKEN + "\n";

        EnrollmentLink link = EnrollmentLink.parse(text);

        assertThat(link.realmName()).isEqualTo("accounts");
        assertThat(link.token()).isEqualTo(TOKEN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        empty |  | empty
        other scheme | https://enroll?r=https%3A%2F%2Fa.b%2Frealms%2Fx&t=abc | must start with alpenlock://enroll?
        other host | alpenlock://connect?r=https%3A%2F%2Fa.b%2Frealms%2Fx&t=abc | must start with alpenlock://enroll?
        no r | alpenlock://enroll?t=abc | no realm URL (r)
        empty r | alpenlock://enroll?r=&t=abc | no realm URL (r)
        no t | alpenlock://enroll?r=https%3A%2F%2Fa.b%2Frealms%2Fx | no token (t)
        empty t | alpenlock://enroll?r=https%3A%2F%2Fa.b%2Frealms%2Fx&t= | no token (t)
        two r | alpenlock://enroll?r=https%3A%2F%2Fa.b%2Frealms%2Fx&r=https%3A%2F%2Fc.d%2Frealms%2Fy&t=abc | more than one r
        two t | alpenlock://enroll?r=https%3A%2F%2Fa.b%2Frealms%2Fx&t=abc&t=def | more than one t
        bad percent-encoding | alpenlock://enroll?r=https%3A%2F%2Fa.b%2Frealms%2Fx%ZZ&t=abc | not correctly percent-encoded
        fragment | alpenlock://enroll?r=https%3A%2F%2Fa.b%2Frealms%2Fx&t=abc#x | fragment
        r not http | alpenlock://enroll?r=ftp%3A%2F%2Fa.b%2Frealms%2Fx&t=abc | http or https
        r javascript | alpenlock://enroll?r=javascript%3Aalert(1)%2F%2F%2Frealms%2Fx&t=abc | http or https
        r relative | alpenlock://enroll?r=%2Frealms%2Fx&t=abc | http or https
        r without realm | alpenlock://enroll?r=https%3A%2F%2Fa.b%2Fadmin&t=abc | must end with /realms/<realm name>
        r with empty realm | alpenlock://enroll?r=https%3A%2F%2Fa.b%2Frealms%2F&t=abc | must end with /realms/<realm name>
        r below a realm | alpenlock://enroll?r=https%3A%2F%2Fa.b%2Frealms%2Fx%2Faccount&t=abc | must end with /realms/<realm name>
        r with query | alpenlock://enroll?r=https%3A%2F%2Fa.b%2Frealms%2Fx%3Fy%3D1&t=abc | query
        r with user info | alpenlock://enroll?r=https%3A%2F%2Fu%3Ap%40a.b%2Frealms%2Fx&t=abc | user information
        t not base64url | alpenlock://enroll?r=https%3A%2F%2Fa.b%2Frealms%2Fx&t=ab%2Bc%3D | base64url
        t with a dot | alpenlock://enroll?r=https%3A%2F%2Fa.b%2Frealms%2Fx&t=ab.c | base64url
        """)
    void refusesMalformedLinksWithAClearMessage(String caseName, String text, String message) {
        assertThatThrownBy(() -> EnrollmentLink.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void refusesATokenLongerThan512Characters() {
        String realm = "https://id.example.org/realms/accounts";
        assertThat(EnrollmentLink.parse(link(realm, "a".repeat(512))).token()).hasSize(512);

        assertThatThrownBy(() -> EnrollmentLink.parse(link(realm, "a".repeat(513))))
                .hasMessageContaining("longer than 512");
    }

    @Test
    void neverQuotesTheTokenInErrorsOrToString() {
        String secretToken = "SeCrEtToKeN_0123456789";
        assertThatThrownBy(() -> EnrollmentLink.parse(link("ftp://a.b/realms/x", secretToken)))
                .message().doesNotContain(secretToken);
        assertThatThrownBy(() -> EnrollmentLink.parse(link("https://a.b/realms/x", secretToken + "=")))
                .message().doesNotContain(secretToken);

        EnrollmentLink link = EnrollmentLink.parse(link("https://a.b/realms/x", secretToken));
        assertThat(link.toString()).doesNotContain(secretToken).contains("https://a.b/realms/x");
    }
}
