package io.alpenlock.authenticators.recovery.idv;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.authentication.actiontoken.DefaultActionToken;

/**
 * The one-time password-reset link of an approved identity verification request: a Keycloak action token
 * (signed by the realm's keys) naming the account and the request. See {@link IdentityVerificationResetTokenHandler}.
 */
public class IdentityVerificationResetToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "alpenlock-idv-reset";
    private static final String JSON_FIELD_REQUEST = "alpenlock_idv";

    @JsonProperty(JSON_FIELD_REQUEST)
    private String requestId;

    IdentityVerificationResetToken(String userId, int absoluteExpirationInSecs, String requestId, String clientId) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, null);
        this.requestId = requestId;
        this.issuedFor = clientId;
    }

    /** For Jackson. */
    private IdentityVerificationResetToken() {
    }

    public String getRequestId() {
        return requestId;
    }
}
