package io.alpenlock.core.dpop;

/**
 * Why a DPoP proof was refused. {@link #description()} ({@code invalid_dpop_proof: signature}) is safe to return to
 * the client, e.g. as {@code {"error": error(), "error_description": description()}} with status 400 (401 with
 * {@code WWW-Authenticate: DPoP error="…"} where the proof authenticates the device); it never contains input.
 */
public enum DpopFailure {
    /** No proof (no {@code DPoP} header or an empty one). */
    MISSING("missing"),
    /** Longer than {@link DpopProofVerifier#MAX_PROOF_LENGTH}; refused before any parsing. */
    TOO_LARGE("too_large"),
    /** Not three base64url parts of JSON objects (also duplicate JSON members, padding, trailing data). */
    MALFORMED("malformed"),
    /** Header {@code typ} is not {@code dpop+jwt}. */
    TYP("typ"),
    /** Header {@code alg} is not {@code ES256} ({@code none}, {@code HS256}, {@code RS256}… are refused). */
    ALG("alg"),
    /** Header has {@code crit}: no extension is understood. */
    CRIT("crit"),
    /** Header has no {@code jwk}. */
    JWK_MISSING("jwk_missing"),
    /** Header {@code jwk} contains the private key {@code d}. */
    JWK_PRIVATE("jwk_private"),
    /** Header {@code jwk} is not a P-256 public key on the curve. */
    JWK_INVALID("jwk_invalid"),
    /** The signature is not a valid ES256 signature of header and claims by the header's key. */
    SIGNATURE("signature"),
    /** {@code htm} is missing or differs from the request method. */
    HTM("htm"),
    /** {@code htu} is missing or differs from the request URI (after normalisation, without query). */
    HTU("htu"),
    /** {@code iat} is missing, not an integer, or too far from now. */
    IAT("iat"),
    /** {@code jti} is missing, empty or longer than {@link DpopProofVerifier#MAX_JTI_LENGTH}. */
    JTI("jti"),
    /** The request has a body but the proof no {@code bsh}. */
    BSH_MISSING("bsh_missing"),
    /** The proof has a {@code bsh} but the request no body. */
    BSH_UNEXPECTED("bsh_unexpected"),
    /** {@code bsh} is not the SHA-256 of the request body: the body was changed. */
    BSH_MISMATCH("bsh_mismatch"),
    /** A server nonce was expected and the proof has none or another one (RFC 9449 §8: {@code use_dpop_nonce}). */
    NONCE("nonce");

    public static final String INVALID_DPOP_PROOF = "invalid_dpop_proof";
    public static final String USE_DPOP_NONCE = "use_dpop_nonce";

    private final String code;

    DpopFailure(String code) {
        this.code = code;
    }

    /** The short reason, e.g. {@code signature}. */
    public String code() {
        return code;
    }

    /** The OAuth error code of RFC 9449: {@code use_dpop_nonce} for {@link #NONCE}, else {@code invalid_dpop_proof}. */
    public String error() {
        return this == NONCE ? USE_DPOP_NONCE : INVALID_DPOP_PROOF;
    }

    /** {@code error(): code()}, e.g. {@code invalid_dpop_proof: signature}. */
    public String description() {
        return error() + ": " + code;
    }
}
