package io.alpenlock.authenticators.push.challenge;

/**
 * Stored notes that do not describe a valid challenge. Callers treat the challenge as unknown.
 * The message names the problem, never a stored value.
 */
public final class MalformedChallengeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MalformedChallengeException(String message) {
        super(message);
    }

    public MalformedChallengeException(String message, Throwable cause) {
        super(message, cause);
    }
}
