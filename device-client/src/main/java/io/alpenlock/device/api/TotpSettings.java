package io.alpenlock.device.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.alpenlock.core.totp.Totp;
import io.alpenlock.core.totp.TotpAlgorithm;
import io.alpenlock.core.totp.TotpParameters;
import io.alpenlock.core.totp.TotpSecret;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the device needs for the offline code: the TOTP secret the server gave once at enrolment and the code
 * parameters. JSON: {@code {"secret": "<base32>", "algorithm": "SHA1", "digits": 6, "period": 30}} (in the enrolment
 * answer and in the state file). {@link #toString()} never shows the secret.
 */
public record TotpSettings(TotpSecret secret, TotpParameters parameters) {

    public TotpSettings {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * Reads the JSON form; {@code algorithm}, {@code digits} and {@code period} default to SHA1, 6 and 30.
     *
     * @throws IllegalArgumentException with a message that never quotes the secret
     */
    public static TotpSettings fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("totp is not a JSON object");
        }
        JsonNode secret = json.get("secret");
        if (secret == null || !secret.isTextual() || secret.textValue().isBlank()) {
            throw new IllegalArgumentException("totp has no secret");
        }
        TotpSecret totpSecret;
        try {
            totpSecret = TotpSecret.fromBase32(secret.textValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("totp secret is not a valid Base32 TOTP secret");
        }
        TotpParameters defaults = TotpParameters.DEFAULT;
        JsonNode algorithm = json.get("algorithm");
        if (algorithm != null && !algorithm.isTextual()) {
            throw new IllegalArgumentException("totp algorithm must be a string");
        }
        TotpParameters parameters = TotpParameters.of(
                algorithm == null ? defaults.algorithm() : TotpAlgorithm.fromUriName(algorithm.textValue()),
                whole(json, "digits", defaults.digits()),
                whole(json, "period", (int) defaults.periodSeconds()));
        return new TotpSettings(totpSecret, parameters);
    }

    private static int whole(JsonNode json, String name, int defaultValue) {
        JsonNode value = json.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isInt()) {
            throw new IllegalArgumentException("totp " + name + " must be a whole number");
        }
        return value.intValue();
    }

    /** The JSON form, with the secret: only for the state file. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("secret", secret.toBase32());
        json.put("algorithm", parameters.algorithm().uriName());
        json.put("digits", parameters.digits());
        json.put("period", parameters.periodSeconds());
        return json;
    }

    /** The offline code at {@code now}. */
    public String code(Instant now) {
        return Totp.code(secret, now, parameters);
    }

    /** Whole seconds until the code of {@code now} is replaced by the next one (1 to the period). */
    public long secondsLeft(Instant now) {
        long period = parameters.periodSeconds();
        return period - Math.floorMod(now.getEpochSecond(), period);
    }

    @Override
    public String toString() {
        return "TotpSettings[" + parameters.algorithm() + ", " + parameters.digits() + " digits, "
                + parameters.periodSeconds() + " s, secret hidden]";
    }
}
