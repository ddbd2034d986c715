package io.alpenlock.core.recovery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A code sent by e-mail to prove a new login address, remembered between the request that sent it and the
 * one that checks it (an authentication-session note: {@link #serialize()} / {@link #parse}). Like the SMS codes
 * it never holds the code, only HMAC-SHA256(salt, code) with a random salt, an HMAC of its binding (sign-in, tab
 * and the address it was sent to, so it confirms nothing else), issue and expiry times and the wrong attempts
 * so far. A new code carries the wrong attempts of the one it replaces ({@link #issue}), so resending never buys
 * guesses. Immutable.
 */
public final class EmailCode {

    public static final int LENGTH = 6;
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    public static final Duration RESEND_COOLDOWN = Duration.ofSeconds(30);
    public static final int MAX_ATTEMPTS = 5;
    public static final String SINGLE_USE_PREFIX = "alpenlock-email-code:";

    static final String VERSION = "e1";
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,15}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What checking found; {@link #messageKey()} names the page message. */
    public enum Outcome {
        OK(null, false), WRONG("alpenlockLoginEmailCodeWrong", true), EXPIRED("alpenlockLoginEmailCodeExpired", false),
        TOO_MANY_ATTEMPTS("alpenlockLoginEmailCodeTooManyAttempts", true), NO_CODE("alpenlockLoginEmailCodeMissing", false);

        private final String messageKey;
        private final boolean failure;

        Outcome(String messageKey, boolean failure) {
            this.messageKey = messageKey;
            this.failure = failure;
        }

        public String messageKey() {
            return messageKey;
        }

        /** Counts as a failed attempt (brute-force detector, error event). */
        public boolean isFailure() {
            return failure;
        }
    }

    /** A new code: the digits to send and the note to store. */
    public record Issued(String code, EmailCode note) {
        @Override
        public String toString() {
            return "Issued[" + note + "]";
        }
    }

    /** The result of {@link #check}: the outcome and the note to store (empty: remove it). */
    public record Check(Outcome outcome, Optional<EmailCode> noteToStore, String singleUseKey) {
    }

    private final byte[] salt;
    private final byte[] codeHash;
    private final byte[] bindingHash;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final int failedAttempts;

    private EmailCode(byte[] salt, byte[] codeHash, byte[] bindingHash, Instant issuedAt, Instant expiresAt, int failedAttempts) {
        this.salt = salt;
        this.codeHash = codeHash;
        this.bindingHash = bindingHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.failedAttempts = failedAttempts;
    }

    /** How long until a new code may be sent (zero: now), given the current note (may be null). */
    public static Duration waitBeforeResend(String currentNote, Instant now) {
        Optional<EmailCode> current = parse(currentNote);
        if (current.isEmpty()) {
            return Duration.ZERO;
        }
        Instant next = current.get().issuedAt.plus(RESEND_COOLDOWN);
        return now.isBefore(next) ? Duration.between(now, next) : Duration.ZERO;
    }

    /** Whether the wrong attempts of this sign-in are used up (no new code may be sent then). */
    public static boolean attemptsUsedUp(String currentNote) {
        return parse(currentNote).map(c -> c.failedAttempts >= MAX_ATTEMPTS).orElse(false);
    }

    /** A new code for {@code binding}, keeping the wrong attempts of {@code currentNote}'s code. */
    public static Issued issue(String currentNote, String binding, Instant now, SecureRandom random) {
        checkBinding(binding);
        int carried = parse(currentNote).map(c -> c.failedAttempts).orElse(0);
        String digits = Integer.toString(random.nextInt(1_000_000));
        String code = "0".repeat(LENGTH - digits.length()) + digits;
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Instant issued = Instant.ofEpochMilli(now.toEpochMilli());
        return new Issued(code, new EmailCode(salt, hmac(salt, "code:", code), hmac(salt, "binding:", binding), issued,
                issued.plus(LIFETIME), carried));
    }

    /**
     * Checks {@code input} (digits; spaces ignored) against the stored note for {@code binding}. Binding and code
     * are compared in constant time; a code of another binding counts as no code.
     */
    public static Check check(String note, String input, String binding, Instant now) {
        checkBinding(binding);
        Optional<EmailCode> stored = parse(note);
        if (stored.isEmpty() || !stored.get().isBoundTo(binding)) {
            return new Check(Outcome.NO_CODE, stored, null);
        }
        EmailCode code = stored.get();
        if (code.failedAttempts >= MAX_ATTEMPTS) {
            return new Check(Outcome.TOO_MANY_ATTEMPTS, stored, null);
        }
        if (!now.isBefore(code.expiresAt)) {
            return new Check(Outcome.EXPIRED, stored, null);
        }
        String digits = input == null || input.length() > 64 ? "" : input.replaceAll("[\\s-]", "");
        if (digits.matches("[0-9]{" + LENGTH + "}") && MessageDigest.isEqual(code.codeHash, hmac(code.salt, "code:", digits))) {
            return new Check(Outcome.OK, Optional.empty(), SINGLE_USE_PREFIX + ENCODER.encodeToString(code.salt));
        }
        EmailCode counted = new EmailCode(code.salt, code.codeHash, code.bindingHash, code.issuedAt, code.expiresAt,
                code.failedAttempts + 1);
        return new Check(Outcome.WRONG, Optional.of(counted), null);
    }

    public static Optional<EmailCode> parse(String note) {
        if (note == null || note.length() > 300) {
            return Optional.empty();
        }
        String[] parts = note.split("\\.", -1);
        if (parts.length != 7 || !VERSION.equals(parts[0]) || !NUMBER.matcher(parts[4]).matches()
                || !NUMBER.matcher(parts[5]).matches() || !parts[6].matches("[0-9]{1,2}")) {
            return Optional.empty();
        }
        Optional<byte[]> salt = decode(parts[1], 16);
        Optional<byte[]> codeHash = decode(parts[2], 32);
        Optional<byte[]> bindingHash = decode(parts[3], 32);
        if (salt.isEmpty() || codeHash.isEmpty() || bindingHash.isEmpty()) {
            return Optional.empty();
        }
        Instant issued = Instant.ofEpochMilli(Long.parseLong(parts[4]));
        Instant expires = Instant.ofEpochMilli(Long.parseLong(parts[5]));
        if (!expires.isAfter(issued) || Duration.between(issued, expires).compareTo(LIFETIME) > 0) {
            return Optional.empty();
        }
        return Optional.of(new EmailCode(salt.get(), codeHash.get(), bindingHash.get(), issued, expires,
                Integer.parseInt(parts[6])));
    }

    public String serialize() {
        return String.join(".", VERSION, ENCODER.encodeToString(salt), ENCODER.encodeToString(codeHash),
                ENCODER.encodeToString(bindingHash), Long.toString(issuedAt.toEpochMilli()),
                Long.toString(expiresAt.toEpochMilli()), Integer.toString(failedAttempts));
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    private boolean isBoundTo(String binding) {
        return MessageDigest.isEqual(bindingHash, hmac(salt, "binding:", binding));
    }

    @Override
    public String toString() {
        return "EmailCode[issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + ", failedAttempts=" + failedAttempts + "]";
    }

    private static void checkBinding(String binding) {
        if (binding == null || binding.isEmpty()) {
            throw new IllegalArgumentException("an e-mail code needs a binding");
        }
        Objects.requireNonNull(binding);
    }

    private static Optional<byte[]> decode(String text, int length) {
        try {
            byte[] bytes = DECODER.decode(text);
            return bytes.length == length && ENCODER.encodeToString(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(byte[] key, String domain, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((domain + value).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
