package io.alpenlock.authenticators.push;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import io.alpenlock.authenticators.app.AppCredentialModel;
import io.alpenlock.authenticators.push.challenge.ChallengeResponse;
import io.alpenlock.authenticators.push.challenge.Outcome;
import io.alpenlock.authenticators.push.challenge.PushChallenge;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * What the server does when an app answers a push challenge (device API): record the answer (exactly
 * one wins), then act on it: a wrong number counts as a failed second factor in brute-force protection;
 * "this wasn't me" pauses pushes for the user and records the event that sends the security e-mail.
 * Every refusal is an event; an approval shows in the login's own event. The waiting page on any node is woken once the answer is committed.
 */
public final class PushAnswers {

    public static final String ERROR_WRONG_NUMBER = "alpenlock_push_wrong_number";
    public static final String ERROR_DENIED = "alpenlock_push_denied";
    public static final String ERROR_NOT_ME = "alpenlock_push_not_me";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PushRuntime runtime;

    public PushAnswers(KeycloakSession session, PushRuntime runtime) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.runtime = runtime;
    }

    /** The challenge, if it exists in this realm; the caller still checks that the device may answer it. */
    public Optional<PushChallenge> find(String challengeId) {
        return new PushChallengeStore(session.singleUseObjects()).find(challengeId)
                .filter(c -> c.realmId().equals(realm.getId()));
    }

    /** The open challenge of this user, if any (for a device listing its challenges). */
    public Optional<PushChallenge> openChallengeOf(UserModel user) {
        return new PushChallengeStore(session.singleUseObjects()).openChallengeOf(realm.getId(), user.getId(), now());
    }

    /**
     * For a device's long poll: waits until a new challenge is announced for one of these users (on any
     * node), {@code stillNothingNew} turns false, or {@code max} has passed.
     */
    public void awaitNewChallenge(java.util.Collection<UserModel> users, java.time.Duration max,
                                  java.util.function.BooleanSupplier stillNothingNew) {
        java.util.Map<String, java.util.concurrent.CompletableFuture<Void>> waiters = new java.util.HashMap<>();
        for (UserModel user : users) {
            String key = PushRuntime.userKey(realm.getId(), user.getId());
            waiters.put(key, runtime.waiters().register(key));
        }
        try {
            if (!stillNothingNew.getAsBoolean()) {
                return;
            }
            java.util.concurrent.CompletableFuture.anyOf(waiters.values().toArray(java.util.concurrent.CompletableFuture[]::new))
                    .get(runtime.wakesAcrossNodes() ? max.toMillis() : Math.min(max.toMillis(), 1000),
                            java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            // nothing new within the time: the caller answers with what there is
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiters.forEach((key, waiter) -> runtime.waiters().remove(key, waiter));
        }
    }

    public Outcome answer(UserModel user, PushChallenge challenge, AppCredentialModel app, ChallengeResponse response) {
        Instant now = now();
        Outcome outcome = new PushChallengeStore(session.singleUseObjects()).answer(challenge, app.getId(), response, now);
        if (outcome.updated().isEmpty()) {
            return outcome;
        }
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.LOGIN_ERROR).user(user)
                .detail(Details.CREDENTIAL_TYPE, AppCredentialModel.TYPE)
                .detail(Details.SELECTED_CREDENTIAL_ID, app.getId());
        switch (outcome.result()) {
            case APPROVED ->
                // the browser's LOGIN event records the sign-in, with this credential as the selected one
                    ((io.alpenlock.authenticators.app.AppCredentialProvider) session.getProvider(
                            org.keycloak.credential.CredentialProvider.class,
                            io.alpenlock.authenticators.app.AppCredentialProviderFactory.PROVIDER_ID)).recordUse(user, app);
            case WRONG_NUMBER -> {
                // Reported as an otp failure: Keycloak's protector counts only password, otp and recovery codes.
                session.getProvider(BruteForceProtector.class).failedLogin(realm, user,
                        session.getContext().getConnection(), session.getContext().getUri(), Set.of(OTPCredentialModel.TYPE));
                event.error(ERROR_WRONG_NUMBER);
            }
            case DENIED -> event.error(ERROR_DENIED);
            case NOT_ME -> {
                new PushFatigue(session.singleUseObjects()).mute(realm.getId(), user.getId(),
                        challenge.policy().muteAfterNotMe());
                event.detail("alpenlock_client", challenge.context().clientName())
                        .detail("alpenlock_browser", challenge.context().browser())
                        .detail("alpenlock_os", challenge.context().os())
                        .detail("alpenlock_ip", challenge.context().ipAddress())
                        .detail("alpenlock_mute_minutes", Long.toString(challenge.policy().muteAfterNotMe().toMinutes()))
                        .detail("alpenlock_attempt_at", Long.toString(challenge.createdAt().toEpochMilli()));
                if (challenge.context().location() != null) {
                    event.detail("alpenlock_location", challenge.context().location());
                }
                event.error(ERROR_NOT_ME);
            }
            default -> throw new IllegalStateException("unexpected " + outcome.result());
        }
        runtime.announceAfterCommit(session, challenge.id());
        return outcome;
    }

    private static Instant now() {
        return Instant.ofEpochMilli(Time.currentTimeMillis());
    }
}
