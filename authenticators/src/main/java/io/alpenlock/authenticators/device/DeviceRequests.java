package io.alpenlock.authenticators.device;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import io.alpenlock.core.dpop.DpopException;
import io.alpenlock.core.dpop.DpopProofVerifier;
import io.alpenlock.core.dpop.VerifiedProof;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;

/**
 * Checks a device request: body size, then the DPoP proof against the exact method, public URL and
 * body, then that its {@code jti} was never seen for this key (cluster-wide single-use store).
 */
final class DeviceRequests {

    static final int MAX_BODY_BYTES = 16 * 1024;
    private static final DpopProofVerifier VERIFIER = new DpopProofVerifier();

    private DeviceRequests() {
    }

    static byte[] readBody(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw DeviceError.tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw DeviceError.badRequest("Unreadable request body");
        }
    }

    static VerifiedProof verify(KeycloakSession session, String proof, String method, byte[] body) {
        String uri = session.getContext().getUri().getRequestUri().toString();
        VerifiedProof verified;
        try {
            verified = VERIFIER.verify(proof, method, uri, body, Instant.ofEpochMilli(Time.currentTimeMillis()));
        } catch (DpopException e) {
            throw DeviceError.unauthorized(e.error(), e.failure().description());
        }
        if (!session.singleUseObjects().putIfAbsent("alpenlock-dpop:" + verified.replayKey(),
                VERIFIER.replayTtl().toSeconds())) {
            throw DeviceError.unauthorized("invalid_dpop_proof", "invalid_dpop_proof: replayed");
        }
        return verified;
    }
}
