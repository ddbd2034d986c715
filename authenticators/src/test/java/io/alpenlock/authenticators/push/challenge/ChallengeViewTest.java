package io.alpenlock.authenticators.push.challenge;

import static io.alpenlock.authenticators.push.challenge.Fixtures.CONTEXT;
import static io.alpenlock.authenticators.push.challenge.Fixtures.FOREIGN;
import static io.alpenlock.authenticators.push.challenge.Fixtures.NOW;
import static io.alpenlock.authenticators.push.challenge.Fixtures.PHONE;
import static io.alpenlock.authenticators.push.challenge.Fixtures.REALM;
import static io.alpenlock.authenticators.push.challenge.Fixtures.TABLET;
import static io.alpenlock.authenticators.push.challenge.Fixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.alpenlock.authenticators.push.challenge.ChallengeResponse.Approve;
import io.alpenlock.authenticators.push.challenge.ChallengeView.ForDevice;
import org.junit.jupiter.api.Test;

class ChallengeViewTest {

    private static final Instant LATER = NOW.plusSeconds(30);

    @Test
    void theDeviceSeesChoicesAndLoginContextOfAPendingChallenge() {
        PushChallenge challenge = Fixtures.pending();

        ForDevice view = ChallengeView.forDevice(challenge, PHONE, LATER).orElseThrow();

        assertThat(view).isEqualTo(new ForDevice(challenge.id(), challenge.expiresAt(), challenge.choices(),
                CONTEXT.clientName(), CONTEXT.browser(), CONTEXT.os(), CONTEXT.ipAddress(), CONTEXT.location()));
    }

    @Test
    void theDeviceViewHasNoFieldForTheRightNumberOrTheUser() {
        List<String> fields = Arrays.stream(ForDevice.class.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(fields).containsExactly("id", "expiresAt", "choices", "clientName", "browser", "os", "ipAddress", "location");
    }

    @Test
    void theDeviceViewNeverRevealsWhichChoiceIsRight() {
        SecureRandom random = Fixtures.seeded(4);
        int[] positions = new int[3];
        for (int i = 0; i < 3_000; i++) {
            PushChallenge challenge = Fixtures.pending(random);
            ForDevice view = ChallengeView.forDevice(challenge, PHONE, LATER).orElseThrow();

            assertThat(view.toString()).doesNotContain(USER, REALM).doesNotContain("number");
            positions[view.choices().indexOf(challenge.number())]++;
        }
        // the right one is in each position about a third of the time: nothing in the order gives it away
        assertThat(Arrays.stream(positions).boxed()).allSatisfy(p -> assertThat(p).isBetween(850, 1_150));
    }

    @Test
    void theDeviceSeesNothingOfAnsweredExpiredOrOtherUsersChallenges() {
        PushChallenge challenge = Fixtures.pending();
        PushChallenge approved = ChallengeRules.respond(challenge, PHONE, new Approve(challenge.number()), LATER)
                .updated().orElseThrow();

        assertThat(ChallengeView.forDevice(approved, PHONE, LATER)).isEmpty();
        assertThat(ChallengeView.forDevice(challenge, PHONE, challenge.expiresAt())).isEmpty();
        assertThat(ChallengeView.forDevice(challenge, FOREIGN, LATER)).isEmpty();
        assertThat(ChallengeView.forDevice((PushChallenge) null, PHONE, LATER)).isEmpty();
    }

    @Test
    void theDeviceListShowsOnlyItsOpenChallengesSoonestToExpireFirst() {
        SecureRandom random = new SecureRandom();
        PushChallenge later = PushChallenge.create(REALM, USER, List.of(PHONE), CONTEXT, Duration.ofMinutes(2), NOW, random);
        PushChallenge sooner = PushChallenge.create(REALM, USER, List.of(PHONE, TABLET), CONTEXT, Duration.ofMinutes(1), NOW, random);
        PushChallenge tabletOnly = PushChallenge.create(REALM, USER, List.of(TABLET), CONTEXT, Duration.ofMinutes(2), NOW, random);

        List<ForDevice> views = ChallengeView.forDevice(List.of(later, tabletOnly, sooner), PHONE, LATER);

        assertThat(views).extracting(ForDevice::id).containsExactly(sooner.id(), later.id());
    }

    @Test
    void theWaitingPageSeesTheNumberAndHowTheChallengeStands() {
        PushChallenge challenge = Fixtures.pending();
        PushChallenge denied = ChallengeRules.respond(challenge, PHONE, new ChallengeResponse.Deny(), LATER).updated().orElseThrow();

        assertThat(ChallengeView.forWaitingPage(challenge, LATER))
                .isEqualTo(new ChallengeView.ForWaitingPage(challenge.number(), challenge.expiresAt(), ChallengeStatus.PENDING, true));
        assertThat(ChallengeView.forWaitingPage(challenge, challenge.expiresAt()).status()).isEqualTo(ChallengeStatus.EXPIRED);
        assertThat(ChallengeView.forWaitingPage(denied, LATER.plusSeconds(200)).status()).isEqualTo(ChallengeStatus.DENIED);
    }
}
