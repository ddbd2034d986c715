package io.alpenlock.device.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /enrollments} when the device itself signed in ("connect from this mobile"): {@code
 * {"label", "platform", "pushToken"}}, without an enrolment token (the access token in the {@code Authorization}
 * header names the account); {@code pushToken} is left out when the device has none. {@link #toString()} hides the
 * push token.
 */
public record ConnectEnrollmentRequest(String label, String platform, String pushToken) {

    public ConnectEnrollmentRequest {
        if (Objects.requireNonNull(label, "label").isBlank()) {
            throw new IllegalArgumentException("the label must not be blank");
        }
        if (Objects.requireNonNull(platform, "platform").isBlank()) {
            throw new IllegalArgumentException("the platform must not be blank");
        }
        if (pushToken != null && pushToken.isBlank()) {
            throw new IllegalArgumentException("the push token must not be blank");
        }
    }

    /** The exact bytes sent (and hashed into the proof's {@code bsh}). */
    public byte[] toJson() {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("label", label);
        json.put("platform", platform);
        if (pushToken != null) {
            json.put("pushToken", pushToken);
        }
        return ApiJson.write(json);
    }

    @Override
    public String toString() {
        return "ConnectEnrollmentRequest[label=" + label + ", platform=" + platform + ", pushToken "
                + (pushToken == null ? "none" : "hidden") + "]";
    }
}
