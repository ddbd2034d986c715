package io.alpenlock.core.smscode;

import io.alpenlock.core.phone.E164Number;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An SMS code as remembered between the request that sent it and the one that checks it, meant for an
 * authentication-session note ({@link #serialize()} / {@link #parse}). It never holds the code: only
 * HMAC-SHA256(salt, code) with a random 128-bit salt per code, the E.164 number it was sent to, when it was issued and
 * expires, an HMAC of the binding (e.g. the authentication session id plus tab id, so a code only works in the
 * session it was sent for) and how many wrong codes were entered in this session so far.
 *
 * <p>A 6-digit code has only 10^6 values, so anyone who reads the note can find the code by trying them all: the
 * hash keeps codes out of session stores, dumps and logs in clear, it is not what protects them. What protects them is
 * that the note never leaves the server, lives at most 5 minutes, and that only
 * {@link SmsCodePolicy#maxAttempts()} guesses are allowed.
 *
 * <p>Serialised form ({@code .}-separated, ~170 characters): {@code s1}, salt, code HMAC, binding HMAC (base64url
 * without padding), number, issued-at and expiry (epoch milliseconds), wrong attempts. Immutable;
 * {@link #toString()} shows the masked number and no hash.
 */
public final class IssuedSmsCode {

    static final String VERSION = "s1";
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    /** Prefix of {@link #singleUseKey()}. */
    public static final String SINGLE_USE_PREFIX = "alpenlock-sms-code:";

    private static final Pattern MILLIS = Pattern.compile("[0-9]{1,15}");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,2}");
    private static final String MAIL_PREFIX = "mail:";
    private static final Pattern MAIL_DESTINATION = Pattern.compile("mail:[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] salt;
    private final byte[] codeHash;
    private final byte[] bindingHash;
    /** Where the code went: an E.164 number, or {@code mail:} + a hash of an e-mail address ({@link #emailDestination}). */
    private final String destination;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final int failedAttempts;

    private IssuedSmsCode(byte[] salt, byte[] codeHash, byte[] bindingHash, String destination, Instant issuedAt,
            Instant expiresAt, int failedAttempts) {
        this.salt = salt;
        this.codeHash = codeHash;
        this.bindingHash = bindingHash;
        this.destination = destination;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.failedAttempts = failedAttempts;
    }

    /** A new record for {@code code} (the digits sent), with a new salt; times are kept to the millisecond. */
    static IssuedSmsCode create(String code, E164Number number, String binding, Instant now, Duration lifetime,
            int failedAttempts, SecureRandom random) {
        Objects.requireNonNull(number, "number");
        return createFor(code, number.value(), binding, now, lifetime, failedAttempts, random);
    }

    /** The same for a code sent elsewhere than by SMS: {@code destination} as {@link #emailDestination} makes it. */
    static IssuedSmsCode createFor(String code, String destination, String binding, Instant now, Duration lifetime,
            int failedAttempts, SecureRandom random) {
        Objects.requireNonNull(code, "code");
        if (!isDestination(destination)) {
            throw new IllegalArgumentException("a code goes to an E.164 number or an e-mail destination");
        }
        checkBinding(binding);
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(SmsCodePolicy.MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("an SMS code lives at most 5 minutes");
        }
        if (failedAttempts < 0 || failedAttempts > SmsCodePolicy.MAX_MAX_ATTEMPTS) {
            throw new IllegalArgumentException("failed attempts out of range");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Instant issued = Instant.ofEpochMilli(now.toEpochMilli());
        return new IssuedSmsCode(salt, hmac(salt, "code:", code), hmac(salt, "binding:", binding), destination, issued,
                issued.plus(lifetime), failedAttempts);
    }

    /** Reads {@link #serialize()}'s form; null or anything else (manipulated, truncated, other version) gives empty. */
    public static Optional<IssuedSmsCode> parse(String note) {
        if (note == null || note.length() > 400) {
            return Optional.empty();
        }
        String[] parts = note.split("\\.", -1);
        if (parts.length != 8 || !VERSION.equals(parts[0]) || !MILLIS.matcher(parts[5]).matches()
                || !MILLIS.matcher(parts[6]).matches() || !COUNT.matcher(parts[7]).matches()) {
            return Optional.empty();
        }
        Optional<byte[]> salt = decode(parts[1], SALT_BYTES);
        Optional<byte[]> codeHash = decode(parts[2], HASH_BYTES);
        Optional<byte[]> bindingHash = decode(parts[3], HASH_BYTES);
        if (salt.isEmpty() || codeHash.isEmpty() || bindingHash.isEmpty() || !isDestination(parts[4])) {
            return Optional.empty();
        }
        Instant issued = Instant.ofEpochMilli(Long.parseLong(parts[5]));
        Instant expires = Instant.ofEpochMilli(Long.parseLong(parts[6]));
        int failed = Integer.parseInt(parts[7]);
        if (!expires.isAfter(issued) || Duration.between(issued, expires).compareTo(SmsCodePolicy.MAX_LIFETIME) > 0
                || failed > SmsCodePolicy.MAX_MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(new IssuedSmsCode(salt.get(), codeHash.get(), bindingHash.get(), parts[4], issued,
                expires, failed));
    }

    /** The note value: see the class comment. Contains no code. */
    public String serialize() {
        return String.join(".", VERSION, ENCODER.encodeToString(salt), ENCODER.encodeToString(codeHash),
                ENCODER.encodeToString(bindingHash), destination, Long.toString(issuedAt.toEpochMilli()),
                Long.toString(expiresAt.toEpochMilli()), Integer.toString(failedAttempts));
    }

    /** Whether these are the digits that were sent; costs one HMAC and a constant-time comparison. */
    boolean matches(String digits) {
        return MessageDigest.isEqual(codeHash, hmac(salt, "code:", digits));
    }

    /** Whether the code was issued for this binding; constant time. */
    boolean isBoundTo(String binding) {
        return binding != null && !binding.isEmpty()
                && MessageDigest.isEqual(bindingHash, hmac(salt, "binding:", binding));
    }

    /** Expired from its expiry instant on. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    IssuedSmsCode withFailedAttempt() {
        return new IssuedSmsCode(salt, codeHash, bindingHash, destination, issuedAt, expiresAt,
                Math.min(failedAttempts + 1, SmsCodePolicy.MAX_MAX_ATTEMPTS));
    }

    /**
     * A key unique to this code (from its random salt, which is not secret) for a cluster-wide single-use store: on
     * success, {@code SingleUseObjectProvider.putIfAbsent(singleUseKey(), lifetime)} must succeed, otherwise another
     * request already used the code.
     */
    public String singleUseKey() {
        return SINGLE_USE_PREFIX + ENCODER.encodeToString(salt);
    }

    /**
     * The number the code was sent to by SMS.
     *
     * @throws IllegalStateException when the code went to an e-mail address
     */
    public E164Number number() {
        return E164Number.parse(destination).orElseThrow(() -> new IllegalStateException("not an SMS code"));
    }

    /** Where the code was sent: the E.164 number, or {@link #emailDestination}'s value. */
    public String destination() {
        return destination;
    }

    /**
     * The destination recorded for a code sent to an e-mail address: {@code mail:} and a SHA-256 of the address in
     * lower case, so that the note names the address without holding it.
     */
    public static String emailDestination(String address) {
        Objects.requireNonNull(address, "address");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(address.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return MAIL_PREFIX + ENCODER.encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static boolean isDestination(String value) {
        return value != null && (MAIL_DESTINATION.matcher(value).matches() || E164Number.parse(value).isPresent());
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Wrong codes entered in this session so far, including those carried over from codes this one replaced. */
    public int failedAttempts() {
        return failedAttempts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssuedSmsCode code && Arrays.equals(salt, code.salt)
                && Arrays.equals(codeHash, code.codeHash) && Arrays.equals(bindingHash, code.bindingHash)
                && destination.equals(code.destination) && issuedAt.equals(code.issuedAt) && expiresAt.equals(code.expiresAt)
                && failedAttempts == code.failedAttempts;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(salt), destination, issuedAt, expiresAt, failedAttempts);
    }

    @Override
    public String toString() {
        String to = E164Number.parse(destination).map(E164Number::masked).orElse("(e-mail)");
        return "IssuedSmsCode[to=" + to + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt
                + ", failedAttempts=" + failedAttempts + "]";
    }

    static void checkBinding(String binding) {
        if (binding == null || binding.isEmpty()) {
            throw new IllegalArgumentException("an SMS code needs a binding (e.g. the authentication session id)");
        }
    }

    private static Optional<byte[]> decode(String text, int length) {
        try {
            byte[] bytes = DECODER.decode(text);
            return bytes.length == length && ENCODER.encodeToString(bytes).equals(text) ? Optional.of(bytes)
                    : Optional.empty();
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
