package io.alpenlock.core.dpop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtuNormalizerTest {

    @ParameterizedTest
    @CsvSource({
            "https://id.example.org/realms/a,            https://id.example.org/realms/a",
            "HTTPS://ID.Example.ORG/realms/a,            https://id.example.org/realms/a",
            "https://id.example.org:443/realms/a,        https://id.example.org/realms/a",
            "http://id.example.org:80/realms/a,          http://id.example.org/realms/a",
            "https://id.example.org:8443/realms/a,       https://id.example.org:8443/realms/a",
            "http://id.example.org:443/realms/a,         http://id.example.org:443/realms/a",
            "https://id.example.org,                     https://id.example.org/",
            "https://id.example.org/realms/a?x=1#frag,   https://id.example.org/realms/a",
            "https://id.example.org/realms/a/,           https://id.example.org/realms/a/",
            "https://id.example.org/realms/./b/../a,     https://id.example.org/realms/a",
            "https://id.example.org/realms/a/..,         https://id.example.org/realms/",
            "https://id.example.org/../../a,             https://id.example.org/a",
            "https://id.example.org/%7Euser/%2fa%2F,     https://id.example.org/~user/%2Fa%2F",
            "https://id.example.org/%61bc,               https://id.example.org/abc",
            "https://id.example.org/zoë,                 https://id.example.org/zo%C3%AB",
            "http://[::1]:8080/x,                        http://[::1]:8080/x",
            "http://localhost:8080/realms/Accounts/x,    http://localhost:8080/realms/Accounts/x"})
    void normalisesSchemeHostPortPathAndDropsQueryAndFragment(String input, String expected) {
        assertThat(HtuNormalizer.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/realms/a", "realms/a", "ftp://id.example.org/a", "mailto:a@example.org",
            "https://user:pw@id.example.org/a", "https:///a", "https://id example.org/a", "https://id.example.org/%zz",
            ""})
    void refusesAnythingButAbsoluteHttpUris(String input) {
        assertThatThrownBy(() -> HtuNormalizer.normalize(input)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pw"));
    }
}
