package io.alpenlock.core.dpop;

import java.util.Objects;

/**
 * A refused DPoP proof. The message is {@link DpopFailure#description()}, safe for clients and logs: it never holds
 * the proof, a claim value or a parser message, and there is never a cause.
 */
public final class DpopException extends Exception {

    private static final long serialVersionUID = 1L;

    private final DpopFailure failure;

    public DpopException(DpopFailure failure) {
        super(Objects.requireNonNull(failure, "failure").description(), null, false, false);
        this.failure = failure;
    }

    public DpopFailure failure() {
        return failure;
    }

    /** {@code invalid_dpop_proof} or {@code use_dpop_nonce}. */
    public String error() {
        return failure.error();
    }
}
