package io.alpenlock.authenticators.push.challenge;

import java.time.Duration;
import java.util.Objects;

/**
 * The realm admin's push settings that a challenge carries with it, so that whichever node answers it
 * applies the settings of the login that created it.
 *
 * @param numberMatching  the page shows a number and the app must pick it among three (on by default);
 *                        when off, the app approves with a plain "yes"
 * @param muteAfterNotMe  how long pushes stay off for the user after "this wasn't me" (30 min by default)
 */
public record ChallengePolicy(boolean numberMatching, Duration muteAfterNotMe) {

    public static final Duration DEFAULT_MUTE = Duration.ofMinutes(30);
    public static final Duration MAX_MUTE = Duration.ofDays(7);
    public static final ChallengePolicy DEFAULT = new ChallengePolicy(true, DEFAULT_MUTE);

    public ChallengePolicy {
        Objects.requireNonNull(muteAfterNotMe, "muteAfterNotMe");
        if (muteAfterNotMe.isNegative() || muteAfterNotMe.compareTo(MAX_MUTE) > 0) {
            throw new IllegalArgumentException("muteAfterNotMe must be between 0 and " + MAX_MUTE);
        }
        muteAfterNotMe = Duration.ofSeconds(muteAfterNotMe.toSeconds());
    }
}
