package io.alpenlock.core.totp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over the HOTP of RFC 4226), with the time passed in.
 *
 * <p>{@link #verify} returns the <em>time step</em> that matched. A code is valid for several steps (look-around),
 * so the caller makes each one single-use cluster-wide by recording {@code credentialId + ":" + step} (e.g. with
 * Keycloak's {@code SingleUseObjectProvider.putIfAbsent}, lifespan = {@code (2 × lookAround + 1) × period}) and
 * refusing a step it has already seen for that credential.
 */
public final class Totp {

    /** One step either side of now, as the Alpenlock design asks (NIST SP 800-63B allows a small window). */
    public static final int DEFAULT_LOOK_AROUND = 1;
    public static final int MAX_LOOK_AROUND = 10;

    /** Longest submitted text looked at (spaces included); longer input never matches. */
    static final int MAX_INPUT_LENGTH = 32;

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000};

    private Totp() {
    }

    /** The time step of {@code instant}: whole periods since the Unix epoch (T0 = 0). */
    public static long timeStep(Instant instant, TotpParameters parameters) {
        Objects.requireNonNull(instant, "instant");
        return Math.floorDiv(instant.getEpochSecond(), parameters.periodSeconds());
    }

    /** The current code with the default parameters (SHA1, 6 digits, 30 s). */
    public static String code(TotpSecret secret, Instant instant) {
        return code(secret, instant, TotpParameters.DEFAULT);
    }

    /** The code for {@code instant}, zero-padded to the number of digits. */
    public static String code(TotpSecret secret, Instant instant, TotpParameters parameters) {
        long step = timeStep(instant, parameters);
        if (step < 0) {
            throw new IllegalArgumentException("TOTP is not defined before 1970");
        }
        return codeAt(secret, step, parameters);
    }

    /** The code of a given time step (the HOTP counter). */
    public static String codeAt(TotpSecret secret, long step, TotpParameters parameters) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(parameters, "parameters");
        return format(truncate(hmac(secret, step, parameters), parameters.digits()), parameters.digits());
    }

    /** {@link #verify(TotpSecret, String, Instant, int, TotpParameters)} with the defaults and a look-around of 1. */
    public static OptionalLong verify(TotpSecret secret, String submitted, Instant now) {
        return verify(secret, submitted, now, DEFAULT_LOOK_AROUND, TotpParameters.DEFAULT);
    }

    /** {@link #verify(TotpSecret, String, Instant, int, TotpParameters)} with the default parameters. */
    public static OptionalLong verify(TotpSecret secret, String submitted, Instant now, int lookAroundSteps) {
        return verify(secret, submitted, now, lookAroundSteps, TotpParameters.DEFAULT);
    }

    /**
     * Checks a submitted code against the steps {@code now ± lookAroundSteps}.
     *
     * <p>The input is normalised (white space removed); anything that is then not exactly {@code digits} ASCII digits
     * simply does not match: this method never throws for bad input. Every candidate step is computed and compared
     * in constant time, without stopping at the first match, so the time taken says nothing about which step matched.
     *
     * @return the matched time step (the current step preferred, then the nearest), or empty
     */
    public static OptionalLong verify(TotpSecret secret, String submitted, Instant now, int lookAroundSteps,
            TotpParameters parameters) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(parameters, "parameters");
        if (lookAroundSteps < 0 || lookAroundSteps > MAX_LOOK_AROUND) {
            throw new IllegalArgumentException("look-around is 0 to " + MAX_LOOK_AROUND + " steps");
        }
        String normalised = normalise(submitted, parameters.digits());
        long current = timeStep(now, parameters);
        byte[] given = (normalised == null ? "x".repeat(parameters.digits()) : normalised)
                .getBytes(StandardCharsets.US_ASCII);
        long matched = -1;
        // order of preference: 0, -1, +1, -2, +2, ...
        for (int i = 0; i <= 2 * lookAroundSteps; i++) {
            long step = current + ((i % 2 == 1) ? -(i + 1) / 2 : i / 2);
            if (step < 0) {
                continue;
            }
            byte[] expected = codeAt(secret, step, parameters).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given) && matched < 0) {
                matched = step;
            }
        }
        return normalised != null && matched >= 0 ? OptionalLong.of(matched) : OptionalLong.empty();
    }

    /** White space removed; null unless exactly {@code digits} ASCII digits remain. */
    static String normalise(String submitted, int digits) {
        if (submitted == null || submitted.length() > MAX_INPUT_LENGTH) {
            return null;
        }
        StringBuilder out = new StringBuilder(digits);
        for (int i = 0; i < submitted.length(); i++) {
            char c = submitted.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c < '0' || c > '9') {
                return null;
            }
            out.append(c);
        }
        return out.length() == digits ? out.toString() : null;
    }

    private static byte[] hmac(TotpSecret secret, long counter, TotpParameters parameters) {
        byte[] message = new byte[8];
        for (int i = 7; i >= 0; i--) {
            message[i] = (byte) counter;
            counter >>>= 8;
        }
        String algorithm = parameters.algorithm().macAlgorithm();
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.key(), algorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    /** Dynamic truncation (RFC 4226 §5.3). */
    private static int truncate(byte[] hash, int digits) {
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return binary % POWERS_OF_TEN[digits];
    }

    private static String format(int code, int digits) {
        String text = Integer.toString(code);
        return "0".repeat(digits - text.length()) + text;
    }
}
