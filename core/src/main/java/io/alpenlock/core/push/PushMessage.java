package io.alpenlock.core.push;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A data-only push to one device. The data map must carry only opaque references (for example a challenge id
 * that the app resolves through the authenticated device API), never personal data: no user names, e-mail
 * addresses, IP addresses, locations or codes. The limits below keep it that way by shape; the content is the
 * caller's responsibility.
 *
 * @param registrationToken the FCM registration token of the device; never logged ({@link #toString()} shows a
 *                          fingerprint)
 * @param data              at most {@value #MAX_ENTRIES} entries, keys {@code [A-Za-z][A-Za-z0-9_-]*} (max 40),
 *                          values up to {@value #MAX_VALUE_LENGTH} characters, {@value #MAX_DATA_BYTES} bytes in all
 */
public record PushMessage(String registrationToken, Map<String, String> data) {

    /** Key used by {@link #withReference(String, String)}. */
    public static final String REFERENCE_KEY = "ref";
    public static final int MAX_ENTRIES = 8;
    public static final int MAX_VALUE_LENGTH = 256;
    public static final int MAX_DATA_BYTES = 1024;
    public static final int MAX_TOKEN_LENGTH = 4096;

    private static final Pattern KEY_FORMAT = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
    private static final Pattern TOKEN_FORMAT = Pattern.compile("[A-Za-z0-9_:.\\-]+");
    /** Keys FCM refuses in a data payload. */
    private static final Set<String> RESERVED_KEYS = Set.of("from", "notification", "message_type", "collapse_key");

    public PushMessage {
        Objects.requireNonNull(registrationToken, "registrationToken");
        Objects.requireNonNull(data, "data");
        if (registrationToken.length() > MAX_TOKEN_LENGTH || !TOKEN_FORMAT.matcher(registrationToken).matches()) {
            throw new IllegalArgumentException("the registration token has an invalid format");
        }
        data = validate(data);
    }

    /** A push whose only data is the opaque reference {@code ref}. */
    public static PushMessage withReference(String registrationToken, String reference) {
        return new PushMessage(registrationToken, Map.of(REFERENCE_KEY, reference));
    }

    private static Map<String, String> validate(Map<String, String> data) {
        if (data.isEmpty() || data.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("the data map must have 1 to " + MAX_ENTRIES + " entries");
        }
        int bytes = 0;
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : data.entrySet()) {
            String key = Objects.requireNonNull(entry.getKey(), "data key");
            String value = Objects.requireNonNull(entry.getValue(), "data value");
            String lower = key.toLowerCase(java.util.Locale.ROOT);
            if (!KEY_FORMAT.matcher(key).matches() || RESERVED_KEYS.contains(lower)
                    || lower.startsWith("google") || lower.startsWith("gcm")) {
                throw new IllegalArgumentException("data key '" + key + "' is not allowed");
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException("data value of '" + key + "' is too long");
            }
            bytes += key.getBytes(StandardCharsets.UTF_8).length + value.getBytes(StandardCharsets.UTF_8).length;
            copy.put(key, value);
        }
        if (bytes > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("the data map is larger than " + MAX_DATA_BYTES + " bytes");
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** A stable, non-reversible name for the token, safe for logs and the dev outbox. */
    public String tokenFingerprint() {
        return fingerprint(registrationToken);
    }

    /** {@code sha256:} followed by the first 16 hex digits of the SHA-256 of the token. */
    public static String fingerprint(String registrationToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(registrationToken.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    @Override
    public String toString() {
        return "PushMessage[token=" + tokenFingerprint() + ", dataKeys=" + data.keySet() + "]";
    }
}
