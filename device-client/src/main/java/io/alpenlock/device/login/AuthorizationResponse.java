package io.alpenlock.device.login;

import java.util.Optional;

/**
 * What came back to the loopback redirect URI: an authorization code, or why there is none (the message is printable
 * and never holds the code). {@link #toString()} hides the code.
 */
public final class AuthorizationResponse {

    private final String code;
    private final String failure;

    private AuthorizationResponse(String code, String failure) {
        this.code = code;
        this.failure = failure;
    }

    static AuthorizationResponse success(String code) {
        return new AuthorizationResponse(code, null);
    }

    static AuthorizationResponse failure(String message) {
        return new AuthorizationResponse(null, message);
    }

    /** The authorization code, when the sign-in succeeded. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** Why there is no code, when the sign-in failed. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public String toString() {
        return code != null ? "AuthorizationResponse[code hidden]" : "AuthorizationResponse[failure=" + failure + "]";
    }
}
