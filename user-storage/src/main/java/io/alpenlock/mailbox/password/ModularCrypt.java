package io.alpenlock.mailbox.password;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * crypt(3) strings as Dovecot's {@code CRYPT}, {@code SHA256-CRYPT} and {@code SHA512-CRYPT} check them: Dovecot hands
 * the value to the C library's crypt(), which picks the method from the prefix, so each of these scheme names accepts
 * every method. Supported here: {@code $1$} (MD5-crypt), {@code $5$}/{@code $6$} (SHA-crypt), {@code $2a$}/{@code $2b$}/
 * {@code $2y$} (bcrypt). Others that Debian's libxcrypt knows (yescrypt {@code $y$}, scrypt {@code $7$}, DES, …) are
 * reported as unsupported.
 */
final class ModularCrypt {

    private static final Pattern METHOD = Pattern.compile("\\$([A-Za-z0-9]{1,8})[$,].*", Pattern.DOTALL);
    private static final Pattern TRADITIONAL_DES = Pattern.compile("[./0-9A-Za-z]{13}");

    private final ShaCrypt shaCrypt;
    private final Bcrypt bcrypt;

    ModularCrypt(ShaCrypt shaCrypt, Bcrypt bcrypt) {
        this.shaCrypt = shaCrypt;
        this.bcrypt = bcrypt;
    }

    /**
     * @throws StoredPasswordException MALFORMED, UNSUPPORTED_SCHEME or LIMIT_EXCEEDED; never for a wrong password
     */
    boolean matches(String stored, byte[] password) throws StoredPasswordException {
        Matcher m = METHOD.matcher(stored);
        if (!m.matches()) {
            if (TRADITIONAL_DES.matcher(stored).matches() || stored.startsWith("_")) {
                throw StoredPasswordException.unsupported("crypt method DES is not supported");
            }
            throw StoredPasswordException.malformed("not a crypt(3) string ($id$…)");
        }
        switch (m.group(1)) {
            case "1":
                return Md5Crypt.matches(stored, password);
            case "5":
            case "6":
                return shaCrypt.matches(stored, password);
            case "2a":
            case "2b":
            case "2x":
            case "2y":
                return bcrypt.matches(stored, password);
            case "y":
                throw StoredPasswordException.unsupported("crypt method $y$ (yescrypt) is not supported");
            default:
                throw StoredPasswordException.unsupported("crypt method $" + m.group(1) + "$ is not supported");
        }
    }
}
