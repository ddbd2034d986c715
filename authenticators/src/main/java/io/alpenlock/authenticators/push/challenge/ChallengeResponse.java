package io.alpenlock.authenticators.push.challenge;

/** What an app answers to a push challenge. */
public sealed interface ChallengeResponse {

    /** "Yes, it's me", with the number the user picked among the choices. */
    record Approve(int choice) implements ChallengeResponse {
    }

    /** "No" (the user does not want this login, without calling it an attack). */
    record Deny() implements ChallengeResponse {
    }

    /** "This wasn't me": deny and report; the caller mutes pushes, records an event and sends an e-mail. */
    record NotMe() implements ChallengeResponse {
    }
}
