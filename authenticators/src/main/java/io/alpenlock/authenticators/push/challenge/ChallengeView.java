package io.alpenlock.authenticators.push.challenge;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What each side may see of a challenge. The device sees the choices and the login context but never
 * the right number, the realm or the user; the waiting page sees the number and the status.
 */
public final class ChallengeView {

    private ChallengeView() {
    }

    /** A pending challenge as the device API returns it. Holds no right number and no user identifier. */
    public record ForDevice(String id, Instant expiresAt, List<Integer> choices, String clientName,
                            String browser, String os, String ipAddress, String location) {
        /** Without number matching the app shows no choices and approves with a plain "yes". */
        public ForDevice {
            choices = List.copyOf(choices);
        }
    }

    /** What the login page shows while it waits: the number to pick in the app, and where things stand. */
    public record ForWaitingPage(int number, Instant expiresAt, ChallengeStatus status, boolean numberMatching) {
    }

    /**
     * The device view of a challenge, if this credential may answer it now (pending, unexpired, allowed);
     * empty otherwise, for every reason alike.
     */
    public static Optional<ForDevice> forDevice(PushChallenge challenge, String credentialId, Instant now) {
        if (challenge == null || !challenge.isOpen(now) || !challenge.isAllowed(credentialId)) {
            return Optional.empty();
        }
        LoginContext ctx = challenge.context();
        List<Integer> choices = challenge.policy().numberMatching() ? challenge.choices() : List.of();
        return Optional.of(new ForDevice(challenge.id(), challenge.expiresAt(), choices,
                ctx.clientName(), ctx.browser(), ctx.os(), ctx.ipAddress(), ctx.location()));
    }

    /** The device views of the challenges this credential may answer now, soonest to expire first. */
    public static List<ForDevice> forDevice(Collection<PushChallenge> challenges, String credentialId, Instant now) {
        return challenges.stream()
                .map(c -> forDevice(c, credentialId, now))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(ForDevice::expiresAt))
                .toList();
    }

    /** The waiting page's view; a pending challenge past its expiry reads as {@link ChallengeStatus#EXPIRED}. */
    public static ForWaitingPage forWaitingPage(PushChallenge challenge, Instant now) {
        return new ForWaitingPage(challenge.number(), challenge.expiresAt(), challenge.statusAt(now),
                challenge.policy().numberMatching());
    }
}
