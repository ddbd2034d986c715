package io.alpenlock.authenticators.push.challenge;

import static io.alpenlock.authenticators.push.challenge.Fixtures.CONTEXT;
import static io.alpenlock.authenticators.push.challenge.Fixtures.REALM;
import static io.alpenlock.authenticators.push.challenge.Fixtures.USER;
import static io.alpenlock.authenticators.push.challenge.Fixtures.FOREIGN;
import static io.alpenlock.authenticators.push.challenge.Fixtures.NOW;
import static io.alpenlock.authenticators.push.challenge.Fixtures.PHONE;
import static io.alpenlock.authenticators.push.challenge.Fixtures.TABLET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;

import io.alpenlock.authenticators.push.challenge.ChallengeResponse.Approve;
import io.alpenlock.authenticators.push.challenge.ChallengeResponse.Deny;
import io.alpenlock.authenticators.push.challenge.ChallengeResponse.NotMe;
import io.alpenlock.authenticators.push.challenge.Outcome.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChallengeRulesTest {

    private static final Instant LATER = NOW.plusSeconds(30);

    private final PushChallenge challenge = Fixtures.pending();

    private Approve right() {
        return new Approve(challenge.number());
    }

    private Approve wrong() {
        return new Approve(Fixtures.wrongChoice(challenge));
    }

    @Test
    void theRightNumberApprovesAndRecordsWhoAnsweredWhen() {
        Outcome outcome = ChallengeRules.respond(challenge, PHONE, right(), LATER);

        assertThat(outcome.result()).isEqualTo(Result.APPROVED);
        PushChallenge updated = outcome.updated().orElseThrow();
        assertThat(updated.status()).isEqualTo(ChallengeStatus.APPROVED);
        assertThat(updated.answeredBy()).isEqualTo(PHONE);
        assertThat(updated.answeredAt()).isEqualTo(LATER);
        assertThat(updated).usingRecursiveComparison().ignoringFields("status", "answeredBy", "answeredAt").isEqualTo(challenge);
    }

    @Test
    void anyOfTheAppsThatGotThePushMayAnswer() {
        assertThat(ChallengeRules.respond(challenge, TABLET, right(), LATER).result()).isEqualTo(Result.APPROVED);
    }

    @Test
    void aWrongNumberEndsTheChallengeSoTheOtherChoicesCannotBeTried() {
        Outcome outcome = ChallengeRules.respond(challenge, PHONE, wrong(), LATER);

        assertThat(outcome.result()).isEqualTo(Result.WRONG_NUMBER);
        PushChallenge ended = outcome.updated().orElseThrow();
        assertThat(ended.status()).isEqualTo(ChallengeStatus.WRONG_NUMBER);
        assertThat(ended.answeredBy()).isEqualTo(PHONE);
        for (int choice : challenge.choices()) {
            assertThat(ChallengeRules.respond(ended, PHONE, new Approve(choice), LATER.plusSeconds(1)))
                    .isEqualTo(Outcome.notFound());
        }
    }

    @Test
    void aNumberThatIsNotEvenAChoiceIsAWrongNumber() {
        assertThat(ChallengeRules.respond(challenge, PHONE, new Approve(7), LATER).result()).isEqualTo(Result.WRONG_NUMBER);
    }

    @Test
    void denyDenies() {
        Outcome outcome = ChallengeRules.respond(challenge, PHONE, new Deny(), LATER);

        assertThat(outcome.result()).isEqualTo(Result.DENIED);
        assertThat(outcome.updated().orElseThrow().status()).isEqualTo(ChallengeStatus.DENIED);
    }

    @Test
    void thisWasntMeIsRecordedAsNotMe() {
        Outcome outcome = ChallengeRules.respond(challenge, TABLET, new NotMe(), LATER);

        assertThat(outcome.result()).isEqualTo(Result.NOT_ME);
        assertThat(outcome.updated().orElseThrow().status()).isEqualTo(ChallengeStatus.NOT_ME);
        assertThat(outcome.updated().orElseThrow().answeredBy()).isEqualTo(TABLET);
    }

    @Test
    void anAnswerOneMillisecondBeforeExpiryCounts() {
        Instant lastMoment = challenge.expiresAt().minusMillis(1);

        assertThat(ChallengeRules.respond(challenge, PHONE, right(), lastMoment).result()).isEqualTo(Result.APPROVED);
    }

    @Test
    void anAnswerAtTheExactExpiryInstantOrLaterIsNotFound() {
        assertThat(ChallengeRules.respond(challenge, PHONE, right(), challenge.expiresAt())).isEqualTo(Outcome.notFound());
        assertThat(ChallengeRules.respond(challenge, PHONE, new NotMe(), challenge.expiresAt().plusSeconds(5)))
                .isEqualTo(Outcome.notFound());
    }

    @Test
    void anotherUsersAppGetsNotFoundEvenWithTheRightNumber() {
        assertThat(ChallengeRules.respond(challenge, FOREIGN, right(), LATER)).isEqualTo(Outcome.notFound());
        assertThat(ChallengeRules.respond(challenge, FOREIGN, new NotMe(), LATER)).isEqualTo(Outcome.notFound());
        assertThat(ChallengeRules.respond(challenge, null, right(), LATER)).isEqualTo(Outcome.notFound());
    }

    @Test
    void anUnknownChallengeIsNotFound() {
        assertThat(ChallengeRules.respond(null, PHONE, new Approve(42), LATER)).isEqualTo(Outcome.notFound());
    }

    private ChallengeResponse response(String kind) {
        return switch (kind) {
            case "approve" -> right();
            case "wrong" -> wrong();
            case "deny" -> new Deny();
            default -> new NotMe();
        };
    }

    @ParameterizedTest(name = "after {0}")
    @ValueSource(strings = {"approve", "wrong", "deny", "not-me"})
    void anyAnswerAfterTheFirstIsNotFoundWhicheverAppSendsIt(String first) {
        PushChallenge answered = ChallengeRules.respond(challenge, PHONE, response(first), LATER).updated().orElseThrow();

        for (String second : new String[] {"approve", "wrong", "deny", "not-me"}) {
            assertThat(ChallengeRules.respond(answered, PHONE, response(second), LATER.plusMillis(1))).isEqualTo(Outcome.notFound());
            assertThat(ChallengeRules.respond(answered, TABLET, response(second), LATER.plusMillis(1))).isEqualTo(Outcome.notFound());
        }
    }

    @Test
    void anAnsweredChallengeReadBackFromTheStoreStillRefusesAnswers() {
        PushChallenge approved = ChallengeRules.respond(challenge, PHONE, right(), LATER).updated().orElseThrow();
        PushChallenge stored = PushChallenge.fromNotes(approved.toNotes());

        assertThat(ChallengeRules.respond(stored, TABLET, right(), LATER.plusSeconds(1))).isEqualTo(Outcome.notFound());
    }

    @Test
    void aChallengeStoredAsExpiredIsNotFound() {
        PushChallenge expired = new PushChallenge(challenge.id(), challenge.realmId(), challenge.userId(), challenge.credentialIds(),
                challenge.createdAt(), challenge.expiresAt(), challenge.numberMatch(), ChallengeStatus.EXPIRED, null, null,
                challenge.context(), challenge.policy());

        assertThat(ChallengeRules.respond(expired, PHONE, right(), LATER)).isEqualTo(Outcome.notFound());
    }

    @Test
    void unknownResolvedExpiredAndForeignAllGiveTheIdenticalOutcome() {
        PushChallenge denied = ChallengeRules.respond(challenge, PHONE, new Deny(), LATER).updated().orElseThrow();

        assertThat(Stream.of(
                ChallengeRules.respond(null, PHONE, right(), LATER),
                ChallengeRules.respond(denied, PHONE, right(), LATER),
                ChallengeRules.respond(challenge, PHONE, right(), challenge.expiresAt()),
                ChallengeRules.respond(challenge, FOREIGN, right(), LATER)).distinct()).containsExactly(Outcome.notFound());
    }

    @Test
    void aRejectedAnswerLeavesNothingToStore() {
        Outcome outcome = ChallengeRules.respond(challenge, FOREIGN, right(), LATER);

        assertThat(outcome.updated()).isEmpty();
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.PENDING);
    }

    @Test
    void withoutNumberMatchingAnyApprovalApprovesAndTheAppSeesNoChoices() {
        PushChallenge plain = PushChallenge.create(REALM, USER, java.util.List.of(PHONE), CONTEXT,
                new ChallengePolicy(false, java.time.Duration.ofMinutes(5)), PushChallenge.DEFAULT_LIFETIME, NOW,
                new java.security.SecureRandom());

        assertThat(ChallengeRules.respond(plain, PHONE, new Approve(0), LATER).result()).isEqualTo(Outcome.Result.APPROVED);
        assertThat(ChallengeView.forDevice(plain, PHONE, LATER).orElseThrow().choices()).isEmpty();
        assertThat(ChallengeView.forWaitingPage(plain, LATER).numberMatching()).isFalse();
    }

    @Test
    void cancellingEndsAnOpenChallengeWithoutAnAnswerAndNothingElse() {
        PushChallenge cancelled = ChallengeRules.cancel(challenge, LATER).orElseThrow();

        assertThat(cancelled.status()).isEqualTo(ChallengeStatus.CANCELLED);
        assertThat(cancelled.answeredBy()).isNull();
        assertThat(ChallengeRules.respond(cancelled, PHONE, right(), LATER)).isEqualTo(Outcome.notFound());
        assertThat(ChallengeRules.cancel(cancelled, LATER)).isEmpty();
        assertThat(ChallengeRules.cancel(challenge, challenge.expiresAt())).isEmpty();
    }

    @Test
    void thePolicySurvivesTheStore() {
        PushChallenge plain = PushChallenge.create(REALM, USER, java.util.List.of(PHONE), CONTEXT,
                new ChallengePolicy(false, java.time.Duration.ofMinutes(5)), PushChallenge.DEFAULT_LIFETIME, NOW,
                new java.security.SecureRandom());

        assertThat(PushChallenge.fromNotes(plain.toNotes())).isEqualTo(plain);
        assertThat(PushChallenge.fromNotes(ChallengeRules.cancel(plain, LATER).orElseThrow().toNotes()).status())
                .isEqualTo(ChallengeStatus.CANCELLED);
    }
}
