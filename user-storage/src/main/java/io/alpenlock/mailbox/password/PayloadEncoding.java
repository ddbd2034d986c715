package io.alpenlock.mailbox.password;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Base64;

/** How the text after {@code {SCHEME}} holds its bytes, as Dovecot's {@code .B64}/{@code .HEX} suffixes say. */
enum PayloadEncoding {
    /** The text itself (UTF-8): crypt strings, PHC strings, plain passwords. */
    NONE,
    /** Standard base-64 with padding, as Dovecot writes and requires. */
    BASE64,
    HEX;

    /** The encoding a scheme-name suffix names ({@code B64}, {@code BASE64}, {@code HEX}), or {@code null}. */
    static PayloadEncoding ofSuffix(String suffix) {
        switch (suffix.toUpperCase(Locale.ROOT)) {
            case "B64":
            case "BASE64":
                return BASE64;
            case "HEX":
                return HEX;
            default:
                return null;
        }
    }

    /** The suffix Dovecot writes for this encoding. */
    String suffix() {
        return this == HEX ? "HEX" : "B64";
    }

    /** @throws StoredPasswordException MALFORMED when the text is not in this encoding */
    byte[] decode(String text) throws StoredPasswordException {
        switch (this) {
            case BASE64:
                if (text.length() % 4 != 0) {
                    throw StoredPasswordException.malformed("base-64 data must be padded to a multiple of 4 characters");
                }
                try {
                    return Base64.getDecoder().decode(text);
                } catch (IllegalArgumentException e) {
                    throw StoredPasswordException.malformed("not valid base-64");
                }
            case HEX:
                if (text.length() % 2 != 0) {
                    throw StoredPasswordException.malformed("hex data must have an even number of digits");
                }
                try {
                    return HexFormat.of().parseHex(text);
                } catch (IllegalArgumentException e) {
                    throw StoredPasswordException.malformed("not valid hex");
                }
            default:
                return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
