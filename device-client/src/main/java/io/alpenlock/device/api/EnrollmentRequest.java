package io.alpenlock.device.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /enrollments}: {@code {"token", "label", "platform", "pushToken"}}; {@code pushToken} is left
 * out when the device has none. {@link #toString()} hides the token and the push token.
 *
 * @param token     the {@code t} of the enrolment link (single use, valid 5 minutes)
 * @param label     the name the user sees for this device in the account's 2FA settings
 * @param platform  {@code android}, {@code ios}, {@code cli} or {@code other}
 * @param pushToken the FCM registration token, or null
 */
public record EnrollmentRequest(String token, String label, String platform, String pushToken) {

    public EnrollmentRequest {
        requireText(token, "token");
        requireText(label, "label");
        requireText(platform, "platform");
        if (pushToken != null && pushToken.isBlank()) {
            throw new IllegalArgumentException("the push token must not be blank");
        }
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException("the " + name + " must not be blank");
        }
    }

    /** The exact bytes sent (and hashed into the proof's {@code bsh}). */
    public byte[] toJson() {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("token", token);
        json.put("label", label);
        json.put("platform", platform);
        if (pushToken != null) {
            json.put("pushToken", pushToken);
        }
        return ApiJson.write(json);
    }

    @Override
    public String toString() {
        return "EnrollmentRequest[label=" + label + ", platform=" + platform + ", token hidden, pushToken "
                + (pushToken == null ? "none" : "hidden") + "]";
    }
}
