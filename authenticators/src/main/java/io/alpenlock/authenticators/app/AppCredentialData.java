package io.alpenlock.authenticators.app;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The non-secret part of an app credential, stored as JSON in the credential data.
 *
 * @param kind       {@link #KIND_ALPENLOCK_APP} (our app: device key, pushes) or {@link #KIND_TOTP_APP}
 *                   (a standard authenticator app: offline codes only)
 * @param platform   the device platform the app reported (android, ios, cli), or null
 * @param deviceKey  the device's public EC P-256 JWK, or null for standard TOTP apps
 * @param pushTarget the FCM registration token, or null (the app polls)
 * @param digits     code length (6)
 * @param period     code period in seconds (30)
 * @param algorithm  HMAC algorithm of the code (SHA1)
 * @param keyThumbprint RFC 7638 thumbprint of the device key (our app only), the key's identity in the device API
 * @param lastUsedAt the last successful sign-in with this app (code or push), epoch milliseconds, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppCredentialData(String kind, String platform, Map<String, Object> deviceKey, String pushTarget,
                                int digits, int period, String algorithm, String keyThumbprint, Long lastUsedAt) {

    public static final String KIND_ALPENLOCK_APP = "alpenlock-app";
    public static final String KIND_TOTP_APP = "totp-app";

    public static AppCredentialData totpApp() {
        return new AppCredentialData(KIND_TOTP_APP, null, null, null, 6, 30, "SHA1", null, null);
    }

    public static AppCredentialData alpenlockApp(String platform, Map<String, Object> deviceKey, String keyThumbprint,
                                                 String pushTarget) {
        return new AppCredentialData(KIND_ALPENLOCK_APP, platform, deviceKey, pushTarget, 6, 30, "SHA1", keyThumbprint, null);
    }

    /** The same app with a new FCM registration token, or none (the app then polls). */
    public AppCredentialData withPushTarget(String newPushTarget) {
        return new AppCredentialData(kind, platform, deviceKey, newPushTarget, digits, period, algorithm, keyThumbprint, lastUsedAt);
    }

    /** The same app after a key rotation. */
    public AppCredentialData withDeviceKey(Map<String, Object> newDeviceKey, String newThumbprint) {
        return new AppCredentialData(kind, platform, newDeviceKey, pushTarget, digits, period, algorithm, newThumbprint, lastUsedAt);
    }

    /** The same app, used for a sign-in at {@code millis}. */
    public AppCredentialData usedAt(long millis) {
        return new AppCredentialData(kind, platform, deviceKey, pushTarget, digits, period, algorithm, keyThumbprint, millis);
    }
}
