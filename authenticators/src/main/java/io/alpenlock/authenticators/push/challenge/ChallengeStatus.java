package io.alpenlock.authenticators.push.challenge;

/** Where a push challenge stands. Only {@link #PENDING} can still be answered. */
public enum ChallengeStatus {
    PENDING,
    APPROVED,
    DENIED,
    /** The user reported the login as "this wasn't me". */
    NOT_ME,
    /** The user picked a number that is not the one on the login page; the challenge is over. */
    WRONG_NUMBER,
    EXPIRED,
    /** Ended without an answer because a newer sign-in of the same user replaced it. */
    CANCELLED;

    /** True for the statuses that record an answer of an app ({@code answeredBy}/{@code answeredAt} set). */
    public boolean isAnswer() {
        return this == APPROVED || this == DENIED || this == NOT_ME || this == WRONG_NUMBER;
    }
}
