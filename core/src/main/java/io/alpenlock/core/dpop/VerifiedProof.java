package io.alpenlock.core.dpop;

import java.time.Instant;

/**
 * A DPoP proof that passed every check of {@link DpopProofVerifier} except replay.
 *
 * @param thumbprint RFC 7638 thumbprint of the proof's key: find the device by it
 * @param jti        the proof's unique id
 * @param issuedAt   its {@code iat}
 * @param publicJwk  the proof's public key
 */
public record VerifiedProof(String thumbprint, String jti, Instant issuedAt, EcJwk publicJwk) {

    /**
     * The key to record in the cluster-wide single-use store to refuse a replay: {@code thumbprint + ":" + jti}
     * (at most 43 + 1 + 128 characters). Use {@code putIfAbsent} with the lifespan
     * {@link DpopProofVerifier#replayTtl()}; if the key was already there, refuse the request.
     */
    public String replayKey() {
        return thumbprint + ":" + jti;
    }
}
