package io.alpenlock.authenticators.push.challenge;

import static io.alpenlock.authenticators.push.challenge.Fixtures.CONTEXT;
import static io.alpenlock.authenticators.push.challenge.Fixtures.NOW;
import static io.alpenlock.authenticators.push.challenge.Fixtures.PHONE;
import static io.alpenlock.authenticators.push.challenge.Fixtures.REALM;
import static io.alpenlock.authenticators.push.challenge.Fixtures.TABLET;
import static io.alpenlock.authenticators.push.challenge.Fixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PushChallengeTest {

    @Test
    void aNewChallengeIsPendingForTwoMinutesByDefaultForTheAppsThatGotThePush() {
        PushChallenge challenge = Fixtures.pending();

        assertThat(challenge.status()).isEqualTo(ChallengeStatus.PENDING);
        assertThat(challenge.createdAt()).isEqualTo(NOW);
        assertThat(challenge.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(challenge.credentialIds()).containsExactly(PHONE, TABLET);
        assertThat(challenge.answeredBy()).isNull();
        assertThat(challenge.answeredAt()).isNull();
        assertThat(challenge.choices()).contains(challenge.number());
    }

    @Test
    void lifetimeIsConfigurableWithinBounds() {
        SecureRandom random = new SecureRandom();
        PushChallenge challenge = PushChallenge.create(REALM, USER, List.of(PHONE), CONTEXT, Duration.ofSeconds(45), NOW, random);

        assertThat(challenge.expiresAt()).isEqualTo(NOW.plusSeconds(45));
        assertThatThrownBy(() -> PushChallenge.create(REALM, USER, List.of(PHONE), CONTEXT, Duration.ofSeconds(5), NOW, random))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PushChallenge.create(REALM, USER, List.of(PHONE), CONTEXT, Duration.ofMinutes(11), NOW, random))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAreUnique128BitBase64UrlStrings() {
        SecureRandom random = new SecureRandom();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String id = PushChallenge.newId(random);
            assertThat(id).matches("[A-Za-z0-9_-]{22}");
            assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
            ids.add(id);
        }
        assertThat(ids).hasSize(1_000);
    }

    @Test
    void aChallengeExpiresExactlyAtItsExpiryInstant() {
        PushChallenge challenge = Fixtures.pending();
        Instant expiry = challenge.expiresAt();

        assertThat(challenge.isExpired(expiry.minusMillis(1))).isFalse();
        assertThat(challenge.isExpired(expiry)).isTrue();
        assertThat(challenge.statusAt(expiry.minusMillis(1))).isEqualTo(ChallengeStatus.PENDING);
        assertThat(challenge.statusAt(expiry)).isEqualTo(ChallengeStatus.EXPIRED);
    }

    @Test
    void theStoreKeepsAChallengeUntilThirtySecondsAfterItExpires() {
        PushChallenge challenge = Fixtures.pending();

        assertThat(challenge.storeLifespanSeconds(NOW)).isEqualTo(150);
        assertThat(challenge.storeLifespanSeconds(challenge.expiresAt().minusMillis(1))).isEqualTo(31);
        assertThat(challenge.storeLifespanSeconds(challenge.expiresAt().plusSeconds(60))).isEqualTo(1);
        assertThat(PushChallenge.storeKey(challenge.id())).isEqualTo("alpenlock-push:" + challenge.id());
        assertThat(PushChallenge.answerKey(challenge.id())).isNotEqualTo(PushChallenge.storeKey(challenge.id()));
    }

    @Test
    void pendingChallengeSurvivesTheNotesRoundTrip() {
        PushChallenge challenge = Fixtures.pending();

        assertThat(PushChallenge.fromNotes(challenge.toNotes())).isEqualTo(challenge);
    }

    @Test
    void answeredChallengeWithoutLocationSurvivesTheNotesRoundTrip() {
        PushChallenge challenge = PushChallenge.create(REALM, USER, List.of(PHONE, TABLET),
                new LoginContext("Customer manager", "Safari 18", "macOS 15", "2001:db8::1", null),
                PushChallenge.DEFAULT_LIFETIME, Instant.parse("2026-11-25T12:00:00.123456789Z"), new SecureRandom());
        PushChallenge answered = ChallengeRules.respond(challenge, TABLET, new ChallengeResponse.NotMe(),
                NOW.plusNanos(1_500_000_999)).updated().orElseThrow();

        PushChallenge read = PushChallenge.fromNotes(answered.toNotes());

        assertThat(read).isEqualTo(answered);
        assertThat(read.status()).isEqualTo(ChallengeStatus.NOT_ME);
        assertThat(read.answeredBy()).isEqualTo(TABLET);
        assertThat(read.context().location()).isNull();
        assertThat(read.choices()).containsExactlyElementsOf(challenge.choices());
    }

    @Test
    void notesAreFlatAndCompact() {
        Map<String, String> notes = Fixtures.pending().toNotes();

        assertThat(notes).hasSizeLessThanOrEqualTo(17).containsEntry("v", "1").containsEntry("s", "PENDING");
        assertThat(notes.keySet()).allSatisfy(k -> assertThat(k.length()).isLessThanOrEqualTo(3));
    }

    static Stream<Arguments> garbage() {
        return Stream.of(
                garbage("missing version", n -> n.remove("v")),
                garbage("future version", n -> n.put("v", "2")),
                garbage("missing id", n -> n.remove("id")),
                garbage("short id", n -> n.put("id", "abc")),
                garbage("id with bad characters", n -> n.put("id", "a/b+c=".repeat(5))),
                garbage("missing realm", n -> n.remove("r")),
                garbage("blank user", n -> n.put("u", " ")),
                garbage("no credentials", n -> n.put("c", "")),
                garbage("empty credential among others", n -> n.put("c", "cred-phone,,x")),
                garbage("text as instant", n -> n.put("t0", "yesterday")),
                garbage("huge instant", n -> n.put("t1", "9".repeat(40))),
                garbage("expiry before creation", n -> n.put("t1", n.get("t0"))),
                garbage("number out of range", n -> n.put("n", "07")),
                garbage("signed number", n -> n.put("n", "+5")),
                garbage("three-digit number", n -> n.put("n", "100")),
                garbage("number not among choices", n -> n.put("ch", otherChoices(n.get("n")))),
                garbage("two choices", n -> n.put("ch", n.get("n") + "," + (n.get("n").equals("11") ? "12" : "11"))),
                garbage("duplicate choices", n -> n.put("ch", n.get("n") + "," + n.get("n") + "," + n.get("n"))),
                garbage("unknown status", n -> n.put("s", "HACKED")),
                garbage("lower-case status", n -> n.put("s", "approved")),
                garbage("answer without who", n -> n.put("s", "APPROVED")),
                garbage("answer by a foreign credential", n -> {
                    n.put("s", "APPROVED");
                    n.put("ab", Fixtures.FOREIGN);
                    n.put("at", n.get("t0"));
                }),
                garbage("pending with an answer", n -> {
                    n.put("ab", PHONE);
                    n.put("at", n.get("t0"));
                }),
                garbage("missing browser", n -> n.remove("br")),
                garbage("oversized note", n -> n.put("cn", "x".repeat(20_000))),
                garbage("too many notes", n -> {
                    for (int i = 0; i < 10; i++) {
                        n.put("x" + i, "y");
                    }
                }));
    }

    private static Arguments garbage(String name, Consumer<Map<String, String>> spoil) {
        return Arguments.of(name, spoil);
    }

    private static String otherChoices(String number) {
        return Stream.of("11", "12", "13", "14").filter(c -> !c.equals(number)).limit(3).reduce((a, b) -> a + "," + b).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("garbage")
    void garbageNotesAreRejectedAsMalformed(String name, Consumer<Map<String, String>> spoil) {
        Map<String, String> notes = new HashMap<>(Fixtures.pending().toNotes());
        spoil.accept(notes);

        assertThatThrownBy(() -> PushChallenge.fromNotes(notes)).isInstanceOf(MalformedChallengeException.class);
    }

    @Test
    void missingOrEmptyNotesAreRejectedAsMalformed() {
        assertThatThrownBy(() -> PushChallenge.fromNotes(null)).isInstanceOf(MalformedChallengeException.class);
        assertThatThrownBy(() -> PushChallenge.fromNotes(Map.of())).isInstanceOf(MalformedChallengeException.class);
    }

    @Test
    void malformedNotesErrorsDoNotEchoStoredValues() {
        Map<String, String> notes = new HashMap<>(Fixtures.pending().toNotes());
        notes.put("t0", "secret-looking-value");

        assertThatThrownBy(() -> PushChallenge.fromNotes(notes)).hasMessageNotContaining("secret-looking-value");
    }

    @Test
    void credentialIdsMustBeUsableInNotes() {
        SecureRandom random = new SecureRandom();
        assertThatThrownBy(() -> PushChallenge.create(REALM, USER, List.of("a,b"), CONTEXT, PushChallenge.DEFAULT_LIFETIME, NOW, random))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PushChallenge.create(REALM, USER, List.of(), CONTEXT, PushChallenge.DEFAULT_LIFETIME, NOW, random))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNamesNeitherIdNorNumberNorUserNorLoginDetails() {
        PushChallenge challenge = Fixtures.pending();

        // exactly these three facts: the number's digits may well occur inside the timestamp
        assertThat(challenge.toString())
                .isEqualTo("PushChallenge[status=PENDING, expiresAt=" + challenge.expiresAt() + ", credentials="
                        + challenge.credentialIds().size() + "]")
                .doesNotContain(challenge.id(), USER, PHONE, CONTEXT.ipAddress(), CONTEXT.browser());
    }

    @Test
    void loginContextValuesFromTheBrowserAreCutToALimit() {
        LoginContext context = new LoginContext("c".repeat(500), "b".repeat(1_000), "os", "ip", "l".repeat(300));

        assertThat(context.clientName()).hasSize(LoginContext.MAX_LENGTH);
        assertThat(context.browser()).hasSize(LoginContext.MAX_LENGTH);
        assertThat(context.location()).hasSize(LoginContext.MAX_LENGTH);
        assertThatThrownBy(() -> new LoginContext(null, "b", "os", "ip", null)).isInstanceOf(NullPointerException.class);
    }
}
