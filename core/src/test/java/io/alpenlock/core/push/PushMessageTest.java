package io.alpenlock.core.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PushMessageTest {

    static final String TOKEN = "fGcm-Token_123:APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx";

    @Test
    void referencePushCarriesOnlyTheReference() {
        PushMessage message = PushMessage.withReference(TOKEN, "ch_8f14e45f");
        assertThat(message.data()).containsExactly(Map.entry("ref", "ch_8f14e45f"));
    }

    @Test
    void refusesKeysThatFcmReservesOrThatAreNotPlainNames() {
        for (String key : new String[] {"from", "notification", "message_type", "collapse_key", "google.x",
                "gcm_id", "Google", "1st", "with space", "x".repeat(41), ""}) {
            assertThatThrownBy(() -> new PushMessage(TOKEN, Map.of(key, "v"))).as(key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void keepsTheDataSmall() {
        Map<String, String> nine = new HashMap<>();
        for (int i = 0; i < 9; i++) {
            nine.put("k" + i, "v");
        }
        assertThatThrownBy(() -> new PushMessage(TOKEN, nine)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PushMessage(TOKEN, Map.of("ref", "x".repeat(257))))
                .isInstanceOf(IllegalArgumentException.class);
        Map<String, String> big = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            big.put("k" + i, "x".repeat(250));
        }
        assertThatThrownBy(() -> new PushMessage(TOKEN, big)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PushMessage(TOKEN, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMalformedTokens() {
        for (String token : new String[] {"", "has space", "new\nline", "x".repeat(4097)}) {
            assertThatThrownBy(() -> PushMessage.withReference(token, "r")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(token.isEmpty() ? "\u0000" : token);
        }
    }

    @Test
    void dataIsCopiedAndImmutable() {
        Map<String, String> data = new HashMap<>(Map.of("ref", "a"));
        PushMessage message = new PushMessage(TOKEN, data);
        data.put("ref", "b");
        assertThat(message.data()).containsEntry("ref", "a");
        assertThatThrownBy(() -> message.data().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringShowsAFingerprintNeverTheTokenOrValues() {
        PushMessage message = PushMessage.withReference(TOKEN, "secret-ref");
        assertThat(message.toString()).doesNotContain(TOKEN).doesNotContain("secret-ref")
                .contains(message.tokenFingerprint());
        assertThat(message.tokenFingerprint()).matches("sha256:[0-9a-f]{16}")
                .isEqualTo(PushMessage.fingerprint(TOKEN));
    }
}
