package io.alpenlock.core.smscode;

/**
 * What checking an SMS code found. {@link #isFailure()} outcomes are second-factor failures: the caller reports them
 * to Keycloak's brute-force detector and records an event with an error (DESIGN.md).
 */
public enum SmsCodeOutcome {

    /** The right code, in time, in its session. The caller removes the note and makes the code single-use. */
    OK("alpenlockSmsCodeAccepted", false),
    /** Not the code sent (including input that is not digits); one of the allowed attempts is used up. */
    WRONG("alpenlockSmsCodeWrong", true),
    /** The code's lifetime is over; the input was not checked. A new code can be requested. */
    EXPIRED("alpenlockSmsCodeExpired", false),
    /** The stored code was issued for another binding (another authentication session or tab). */
    NOT_FOR_THIS_SESSION("alpenlockSmsCodeMissing", true),
    /** The allowed wrong attempts are used up; the input was not checked. Neither a check nor a resend helps. */
    TOO_MANY_ATTEMPTS("alpenlockSmsCodeTooManyAttempts", true),
    /** No code was sent in this session (or the note is unreadable). */
    NO_CODE("alpenlockSmsCodeMissing", false);

    private final String messageKey;
    private final boolean failure;

    SmsCodeOutcome(String messageKey, boolean failure) {
        this.messageKey = messageKey;
        this.failure = failure;
    }

    /** Theme message key for the person ({@code NOT_FOR_THIS_SESSION} reads like {@code NO_CODE}). */
    public String messageKey() {
        return messageKey;
    }

    /** Whether this counts as a failed second factor (brute-force detector, error event). */
    public boolean isFailure() {
        return failure;
    }
}
