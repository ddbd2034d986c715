package io.alpenlock.mailbox.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeletionRequestTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneAddressIsNormalised() throws Exception {
        assertThat(DeletionRequest.addresses(bytes("{\"address\": \"  Anna@Example.ORG \"}")))
                .containsExactly("anna@example.org");
    }

    @Test
    void aListKeepsItsOrderAndLosesDuplicates() throws Exception {
        assertThat(DeletionRequest.addresses(bytes("{\"addresses\": [\"b@x.test\", \"A@x.test\", \"B@X.test\"]}")))
                .containsExactly("b@x.test", "a@x.test");
    }

    @Test
    void fiftyAddressesAreAcceptedAndFiftyOneAreNot() throws Exception {
        String fifty = IntStream.range(0, 50).mapToObj(i -> "\"m" + i + "@x.test\"").collect(Collectors.joining(","));
        assertThat(DeletionRequest.addresses(bytes("{\"addresses\": [" + fifty + "]}"))).hasSize(50);
        assertThatThrownBy(() -> DeletionRequest.addresses(bytes("{\"addresses\": [" + fifty + ", \"z@x.test\"]}")))
                .isInstanceOf(InvalidDeletionRequestException.class).hasMessageContaining("At most 50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"address\":", "[]", "\"a@x.test\"", "null", "{}", "{\"address\": 42}",
            "{\"address\": null}", "{\"address\": \"no-at-sign\"}", "{\"address\": \"a b@x.test\"}",
            "{\"address\": \"@x.test\"}", "{\"address\": \"a@\"}", "{\"address\": \"a@x.test\", \"force\": true}",
            "{\"addresses\": []}", "{\"addresses\": \"a@x.test\"}", "{\"addresses\": [1]}",
            "{\"address\": \"a@x.test\", \"addresses\": [\"a@x.test\"]}"})
    void badBodiesAreRefusedWithAMessage(String body) {
        assertThatThrownBy(() -> DeletionRequest.addresses(bytes(body)))
                .isInstanceOf(InvalidDeletionRequestException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    void anOversizedBodyIsRefusedBeforeParsing() {
        byte[] big = bytes("{\"address\": \"" + "a".repeat(DeletionRequest.MAX_BODY_BYTES) + "@x.test\"}");
        assertThatThrownBy(() -> DeletionRequest.addresses(big)).hasMessageContaining("larger than");
    }

    @Test
    void anOverlongAddressIsRefused() {
        assertThatThrownBy(() -> DeletionRequest.addresses(bytes("{\"address\": \"" + "a".repeat(250) + "@x.test\"}")))
                .hasMessageContaining("longer than");
    }
}
