package io.alpenlock.mailbox.password;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A scheme name as written between braces, e.g. {@code SHA256.HEX}: the scheme and the encoding suffix, if any.
 *
 * @param explicitEncoding the encoding named by the suffix, or {@code null} for none
 */
record SchemeSpec(Scheme scheme, PayloadEncoding explicitEncoding) {

    private static final Pattern PRINTABLE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    SchemeSpec {
        Objects.requireNonNull(scheme, "scheme");
    }

    /**
     * Parses a name the way Dovecot looks schemes up: case-insensitive, aliases allowed, optional {@code .B64},
     * {@code .BASE64} or {@code .HEX} suffix.
     *
     * @throws StoredPasswordException UNKNOWN_SCHEME or UNSUPPORTED_SCHEME, naming the scheme (when printable)
     */
    static SchemeSpec parse(String name) throws StoredPasswordException {
        String label = label(name);
        if (name.isEmpty()) {
            throw new StoredPasswordException(Verification.Problem.UNKNOWN_SCHEME, "", "the scheme name is empty");
        }
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        PayloadEncoding encoding = null;
        if (dot >= 0) {
            encoding = PayloadEncoding.ofSuffix(name.substring(dot + 1));
            if (encoding == null) {
                throw new StoredPasswordException(Verification.Problem.UNKNOWN_SCHEME, label,
                        "unknown encoding suffix (Dovecot knows .B64, .BASE64 and .HEX)");
            }
        }
        Scheme scheme = Scheme.byName(base).orElse(null);
        if (scheme == null) {
            boolean dovecotKnowsIt = Scheme.DOVECOT_ONLY.contains(base.toUpperCase(Locale.ROOT));
            throw new StoredPasswordException(
                    dovecotKnowsIt ? Verification.Problem.UNSUPPORTED_SCHEME : Verification.Problem.UNKNOWN_SCHEME,
                    label, dovecotKnowsIt ? "this Dovecot scheme is not supported" : "Dovecot has no such scheme");
        }
        return new SchemeSpec(scheme, encoding);
    }

    /** The name as it may appear in messages: upper case, or {@code ?} when long or unprintable. */
    static String label(String name) {
        return PRINTABLE_NAME.matcher(name).matches() ? name.toUpperCase(Locale.ROOT) : "?";
    }

    /** Dovecot's canonical name with the suffix, e.g. {@code SHA256.HEX}. */
    String label() {
        return explicitEncoding == null ? scheme.dovecotName : scheme.dovecotName + "." + explicitEncoding.suffix();
    }

    /**
     * The stored bytes behind the text after {@code {SCHEME}}. Without a suffix, a fixed-length digest is read as hex
     * when the text has exactly twice the digest length and as base-64 otherwise, as Dovecot does.
     *
     * @throws StoredPasswordException MALFORMED for bad encoding or a digest of the wrong length
     */
    byte[] decode(String payload) throws StoredPasswordException {
        PayloadEncoding encoding = explicitEncoding;
        if (encoding == null) {
            encoding = scheme.defaultEncoding;
            if (encoding != PayloadEncoding.NONE && scheme.rawLength > 0) {
                encoding = payload.length() == 2 * scheme.rawLength ? PayloadEncoding.HEX : PayloadEncoding.BASE64;
            }
        }
        byte[] raw = encoding.decode(payload);
        if (scheme.rawLength > 0 && raw.length != scheme.rawLength) {
            throw StoredPasswordException.malformed(
                    "digest must have " + scheme.rawLength + " bytes (has " + raw.length + ")");
        }
        return raw;
    }
}
