package io.alpenlock.core.smscode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alpenlock.core.phone.E164Number;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IssuedSmsCodeTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final E164Number NUMBER = new E164Number("+41791234567");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static IssuedSmsCode issue(String code) {
        return IssuedSmsCode.create(code, NUMBER, "session-1", T0, Duration.ofMinutes(5), 0, RANDOM);
    }

    @Test
    void roundTripsThroughItsNoteForm() {
        IssuedSmsCode code = IssuedSmsCode.create("123456", NUMBER, "session-1", T0, Duration.ofMinutes(5), 2, RANDOM);
        String note = code.serialize();
        IssuedSmsCode read = IssuedSmsCode.parse(note).orElseThrow();
        assertThat(read).isEqualTo(code).hasSameHashCodeAs(code);
        assertThat(read.serialize()).isEqualTo(note);
        assertThat(read.number()).isEqualTo(NUMBER);
        assertThat(read.issuedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123Z"));
        assertThat(read.expiresAt()).isEqualTo(Instant.parse("2026-03-01T10:05:00.123Z"));
        assertThat(read.failedAttempts()).isEqualTo(2);
        assertThat(read.matches("123456")).isTrue();
        assertThat(read.isBoundTo("session-1")).isTrue();
        assertThat(note).startsWith("s1.").hasSizeLessThan(200);
    }

    @Test
    void theNoteHoldsNeitherTheCodeNorTheBinding() {
        IssuedSmsCode code = IssuedSmsCode.create("987654", NUMBER, "auth-session-4711", T0, Duration.ofMinutes(5), 0,
                RANDOM);
        assertThat(code.serialize()).doesNotContain("987654").doesNotContain("auth-session-4711");
        assertThat(code.toString()).doesNotContain("987654").doesNotContain("auth-session-4711")
                .doesNotContain(NUMBER.value()).contains("+41 •• ••• •• 67");
    }

    @Test
    void matchesOnlyItsOwnCodeAndBinding() {
        IssuedSmsCode code = issue("123456");
        assertThat(code.matches("123456")).isTrue();
        assertThat(code.matches("123457")).isFalse();
        assertThat(code.matches("1234560")).isFalse();
        assertThat(code.matches("")).isFalse();
        assertThat(code.isBoundTo("session-1")).isTrue();
        assertThat(code.isBoundTo("session-2")).isFalse();
        assertThat(code.isBoundTo("")).isFalse();
        assertThat(code.isBoundTo(null)).isFalse();
    }

    @Test
    void theSameCodeHashesDifferentlyEachTime() {
        IssuedSmsCode first = issue("123456");
        IssuedSmsCode second = issue("123456");
        assertThat(first.serialize().split("\\.")[2]).isNotEqualTo(second.serialize().split("\\.")[2]);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void everyCodeHasItsOwnSingleUseKey() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            keys.add(issue("123456").singleUseKey());
        }
        assertThat(keys).hasSize(100).allMatch(k -> k.startsWith(IssuedSmsCode.SINGLE_USE_PREFIX));
        IssuedSmsCode code = issue("123456");
        assertThat(IssuedSmsCode.parse(code.serialize()).orElseThrow().singleUseKey()).isEqualTo(code.singleUseKey());
        assertThat(code.withFailedAttempt().singleUseKey()).isEqualTo(code.singleUseKey());
    }

    @Test
    void expiresAtItsExpiryInstant() {
        IssuedSmsCode code = issue("123456");
        assertThat(code.isExpiredAt(code.expiresAt().minusMillis(1))).isFalse();
        assertThat(code.isExpiredAt(code.expiresAt())).isTrue();
    }

    @Test
    void countsFailedAttemptsUpToTheLimit() {
        IssuedSmsCode code = issue("123456");
        for (int i = 0; i < 15; i++) {
            code = code.withFailedAttempt();
        }
        assertThat(code.failedAttempts()).isEqualTo(SmsCodePolicy.MAX_MAX_ATTEMPTS);
        assertThat(IssuedSmsCode.parse(code.serialize())).contains(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "s1", "s1.......", "s2.AAAAAAAAAAAAAAAAAAAAAA.x.x.+41791234567.1.2.0"})
    void readsGarbageAsNoCode(String note) {
        assertThat(IssuedSmsCode.parse(note)).isEmpty();
    }

    @Test
    void readsEveryManipulatedPartAsNoCode() {
        String[] parts = issue("123456").serialize().split("\\.");
        String salt = parts[1];
        String hash = parts[2];
        String[][] variants = {
            {"s2", salt, hash, parts[3], parts[4], parts[5], parts[6], parts[7]},
            {"s1", salt.substring(1), hash, parts[3], parts[4], parts[5], parts[6], parts[7]},
            {"s1", salt + "A", hash, parts[3], parts[4], parts[5], parts[6], parts[7]},
            {"s1", salt, hash.substring(2), parts[3], parts[4], parts[5], parts[6], parts[7]},
            {"s1", salt, hash.replace(hash.charAt(0), '*'), parts[3], parts[4], parts[5], parts[6], parts[7]},
            {"s1", salt, hash + "=", parts[3], parts[4], parts[5], parts[6], parts[7]},
            {"s1", salt, hash, parts[3].substring(0, 40), parts[4], parts[5], parts[6], parts[7]},
            {"s1", salt, hash, parts[3], "41791234567", parts[5], parts[6], parts[7]},
            {"s1", salt, hash, parts[3], "+41 79 123 45 67", parts[5], parts[6], parts[7]},
            {"s1", salt, hash, parts[3], parts[4], "-1", parts[6], parts[7]},
            {"s1", salt, hash, parts[3], parts[4], parts[5], parts[5], parts[7]},
            {"s1", salt, hash, parts[3], parts[4], parts[6], parts[5], parts[7]},
            {"s1", salt, hash, parts[3], parts[4], parts[5], Long.toString(Long.parseLong(parts[5]) + 300_001),
                parts[7]},
            {"s1", salt, hash, parts[3], parts[4], parts[5], "9999999999999999", parts[7]},
            {"s1", salt, hash, parts[3], parts[4], parts[5], parts[6], "11"},
            {"s1", salt, hash, parts[3], parts[4], parts[5], parts[6], "-1"},
            {"s1", salt, hash, parts[3], parts[4], parts[5], parts[6], "100"},
            {"s1", salt, hash, parts[3], parts[4], parts[5], parts[6], ""},
            {"s1", salt, hash, parts[3], parts[4], parts[5], parts[6]},
            {"s1", salt, hash, parts[3], parts[4], parts[5], parts[6], parts[7], "0"}};
        for (String[] variant : variants) {
            assertThat(IssuedSmsCode.parse(String.join(".", variant))).as(String.join(".", variant)).isEmpty();
        }
        assertThat(IssuedSmsCode.parse(String.join(".", parts) + "x".repeat(400))).isEmpty();
        assertThat(IssuedSmsCode.parse(String.join(".", parts))).isPresent();
    }

    @Test
    void refusesImpossibleCodes() {
        assertThatThrownBy(() -> IssuedSmsCode.create("123456", NUMBER, "", T0, Duration.ofMinutes(5), 0, RANDOM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binding");
        assertThatThrownBy(() -> IssuedSmsCode.create("123456", NUMBER, null, T0, Duration.ofMinutes(5), 0, RANDOM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IssuedSmsCode.create("123456", NUMBER, "s", T0, Duration.ofMinutes(6), 0, RANDOM))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an SMS code lives at most 5 minutes");
        assertThatThrownBy(() -> IssuedSmsCode.create("123456", NUMBER, "s", T0, Duration.ZERO, 0, RANDOM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IssuedSmsCode.create("123456", NUMBER, "s", T0, Duration.ofMinutes(5), 11, RANDOM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IssuedSmsCode.create("123456", null, "s", T0, Duration.ofMinutes(5), 0, RANDOM))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aCodeSentByEmailKeepsOnlyAHashOfTheAddress() {
        String destination = IssuedSmsCode.emailDestination("Anna@Example.org");
        IssuedSmsCode code = IssuedSmsCode.createFor("654321", destination, "session-1", T0, Duration.ofMinutes(5), 1, RANDOM);
        String note = code.serialize();
        IssuedSmsCode read = IssuedSmsCode.parse(note).orElseThrow();
        assertThat(read).isEqualTo(code);
        assertThat(read.destination()).isEqualTo(destination).isEqualTo(IssuedSmsCode.emailDestination(" anna@example.ORG"));
        assertThat(read.matches("654321")).isTrue();
        assertThat(note).doesNotContainIgnoringCase("anna").doesNotContain("example");
        assertThatThrownBy(read::number).isInstanceOf(IllegalStateException.class);
        assertThat(read.toString()).doesNotContainIgnoringCase("anna");
    }

    @Test
    void aDestinationThatIsNeitherANumberNorAnAddressHashIsRefused() {
        assertThatThrownBy(() -> IssuedSmsCode.createFor("123456", "anna@example.org", "s", T0, Duration.ofMinutes(5), 0, RANDOM))
                .isInstanceOf(IllegalArgumentException.class);
        String note = issue("123456").serialize().replace("+41791234567", "mail:x");
        assertThat(IssuedSmsCode.parse(note)).isEmpty();
    }
}
