package io.alpenlock.core.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.auth.Retryable;
import com.google.firebase.ErrorCode;
import com.google.firebase.IncomingHttpResponse;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.MessagingErrorCode;
import java.io.IOException;

/**
 * Maps FCM failures to {@link PushResult}s using only error codes and, for {@code INVALID_ARGUMENT}, the name of
 * the offending field. Error messages and the request are never copied.
 *
 * @see <a href="https://firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode">FCM error codes</a>
 */
final class FcmErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FcmErrors() {
    }

    static PushResult classify(FirebaseMessagingException e) {
        MessagingErrorCode fcm = e.getMessagingErrorCode();
        ErrorCode platform = e.getErrorCode();
        String detail = "fcm-" + (fcm != null ? fcm.name() : platform == null ? "UNKNOWN" : platform.name());
        if (fcm == MessagingErrorCode.UNREGISTERED || fcm == MessagingErrorCode.SENDER_ID_MISMATCH) {
            return new PushResult.InvalidToken(detail);
        }
        if (fcm == MessagingErrorCode.INVALID_ARGUMENT || platform == ErrorCode.INVALID_ARGUMENT) {
            return isAboutToken(e.getHttpResponse()) ? new PushResult.InvalidToken(detail)
                    : new PushResult.Rejected(detail);
        }
        if (fcm == MessagingErrorCode.QUOTA_EXCEEDED || platform == ErrorCode.RESOURCE_EXHAUSTED
                || status(e) == 429) {
            return new PushResult.RateLimited(detail);
        }
        if (fcm == MessagingErrorCode.THIRD_PARTY_AUTH_ERROR || platform == ErrorCode.UNAUTHENTICATED
                || platform == ErrorCode.PERMISSION_DENIED || platform == ErrorCode.NOT_FOUND) {
            return new PushResult.Unavailable(detail);
        }
        Retryable auth = tokenFailure(e);
        if (auth != null) {
            // the OAuth token could not be obtained: a revoked key is permanent, a network error is not
            return auth.isRetryable() ? new PushResult.TemporaryFailure("oauth-token")
                    : new PushResult.Unavailable("oauth-token");
        }
        if (find(e, java.net.SocketTimeoutException.class) != null || platform == ErrorCode.DEADLINE_EXCEEDED) {
            return new PushResult.TemporaryFailure("timeout");
        }
        if (find(e, java.net.ConnectException.class) != null) {
            return new PushResult.TemporaryFailure("connection-failed");
        }
        return new PushResult.TemporaryFailure(detail);
    }

    private static int status(FirebaseMessagingException e) {
        return e.getHttpResponse() == null ? 0 : e.getHttpResponse().getStatusCode();
    }

    /** True when FCM names {@code message.token} as the bad field (a malformed registration token). */
    static boolean isAboutToken(IncomingHttpResponse response) {
        if (response == null || response.getContent() == null) {
            return false;
        }
        try {
            JsonNode details = JSON.readTree(response.getContent()).path("error").path("details");
            for (JsonNode detail : details) {
                for (JsonNode violation : detail.path("fieldViolations")) {
                    if ("message.token".equals(violation.path("field").asText())) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The OAuth token error (google-auth's exceptions are {@link Retryable}) in the cause chain, if any. */
    private static Retryable tokenFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Retryable) {
                return (Retryable) t;
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
