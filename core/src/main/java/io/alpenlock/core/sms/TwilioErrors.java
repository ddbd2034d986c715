package io.alpenlock.core.sms;

import com.twilio.exception.ApiException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.Set;

/**
 * Maps Twilio API failures to {@link SmsResult}s. Only the HTTP status and Twilio's numeric error code are
 * used; Twilio's error message (which can quote the phone number) is ignored.
 *
 * @see <a href="https://www.twilio.com/docs/api/errors">Twilio error codes</a>
 */
final class TwilioErrors {

    /** Codes that mean our account or sender is misconfigured, not that the recipient is wrong. */
    private static final Set<Integer> CONFIGURATION_CODES = Set.of(
            20003, // authentication error
            20005, // account not active
            20404, // resource not found (wrong account or service SID)
            21212, // invalid From number
            21603, // From is required
            21606, // From is not a valid, SMS-capable number of this account
            21659, // From is not a Twilio number
            21660, // From does not belong to this account
            21701, 21702, 21703, 21704, 21705, 21706, 21707, 21708, 21709, 21710, 21711, 21712); // Messaging Service

    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(
            20429, // too many requests
            14107); // SMS send rate limit exceeded

    private TwilioErrors() {
    }

    static SmsResult classify(ApiException e) {
        Integer code = e.getCode();
        int status = e.getStatusCode() == null ? 0 : e.getStatusCode();
        String detail = code != null ? "twilio-" + code : status != 0 ? "http-" + status : "unreadable-response";
        if (status == 429 || (code != null && RATE_LIMIT_CODES.contains(code))) {
            return new SmsResult.RateLimited(detail);
        }
        if (status == 401 || status == 403 || (code != null && CONFIGURATION_CODES.contains(code))) {
            return new SmsResult.Unavailable(detail);
        }
        if (status >= 500 || status == 0 || status == 408) {
            return new SmsResult.TemporaryFailure(detail);
        }
        if (status == 404) {
            // 404 without a Twilio code: wrong base URL or account path
            return new SmsResult.Unavailable(detail);
        }
        return new SmsResult.Rejected(detail);
    }

    static SmsResult connectionFailure(Throwable e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof HttpTimeoutException) {
            return new SmsResult.TemporaryFailure("timeout");
        }
        if (cause instanceof ConnectException) {
            return new SmsResult.TemporaryFailure("connection-failed");
        }
        if (cause instanceof InterruptedException) {
            return new SmsResult.TemporaryFailure("interrupted");
        }
        return new SmsResult.TemporaryFailure("io-error");
    }
}
