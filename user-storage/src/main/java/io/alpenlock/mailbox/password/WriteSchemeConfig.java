package io.alpenlock.mailbox.password;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The configured way of storing new mailbox passwords, read from one text setting:
 * {@code SCHEME[:name=value,…]}, for example {@code BLF-CRYPT}, {@code BLF-CRYPT:cost=12},
 * {@code SHA512-CRYPT:rounds=10000} or {@code ARGON2ID:m=65536,t=3,p=1}. Scheme names are case-insensitive and may be
 * written with Dovecot's braces ({@code {SHA512-CRYPT}}); parameters left out take their defaults.
 *
 * <p>No setting means {@link #DEFAULT_SPEC}: bcrypt with cost 10 is verified by every Dovecot (it bundles its own
 * bcrypt, while Argon2 needs a Dovecot built with libsodium), meets OWASP's minimum for bcrypt, and costs the mail
 * server little memory at each IMAP/SMTP login.
 */
public record WriteSchemeConfig(WriteScheme scheme) {

    public static final String DEFAULT_SPEC = "BLF-CRYPT:cost=10";
    /** The schemes that can be written, in the order error messages list them. */
    public static final List<String> WRITABLE = List.of("BLF-CRYPT", "SHA512-CRYPT", "SHA256-CRYPT", "ARGON2ID", "ARGON2I");

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,10}");

    public WriteSchemeConfig {
        Objects.requireNonNull(scheme, "scheme");
    }

    public static WriteSchemeConfig defaults() {
        return new WriteSchemeConfig(new WriteScheme.BlfCrypt(WriteScheme.BlfCrypt.DEFAULT_COST));
    }

    /**
     * @param spec the setting; {@code null} or blank means {@link #defaults()}
     * @throws IllegalArgumentException with a message for an administrator: unknown or read-only scheme, unknown,
     *                                  repeated or missing parameter, a value that is not a whole number or out of range
     */
    public static WriteSchemeConfig from(String spec) {
        if (spec == null || spec.isBlank()) {
            return defaults();
        }
        String text = spec.trim();
        int colon = text.indexOf(':');
        String name = normalizeName(colon < 0 ? text : text.substring(0, colon));
        String parameterText = colon < 0 ? null : text.substring(colon + 1);
        switch (name) {
            case "BLF-CRYPT": {
                Map<String, Integer> p = parameters(name, parameterText, List.of("cost"));
                return new WriteSchemeConfig(new WriteScheme.BlfCrypt(
                        p.getOrDefault("cost", WriteScheme.BlfCrypt.DEFAULT_COST)));
            }
            case "SHA512-CRYPT": {
                Map<String, Integer> p = parameters(name, parameterText, List.of("rounds"));
                return new WriteSchemeConfig(new WriteScheme.Sha512Crypt(
                        p.getOrDefault("rounds", WriteScheme.SHA_CRYPT_DEFAULT_ROUNDS)));
            }
            case "SHA256-CRYPT": {
                Map<String, Integer> p = parameters(name, parameterText, List.of("rounds"));
                return new WriteSchemeConfig(new WriteScheme.Sha256Crypt(
                        p.getOrDefault("rounds", WriteScheme.SHA_CRYPT_DEFAULT_ROUNDS)));
            }
            case "ARGON2ID": {
                Map<String, Integer> p = parameters(name, parameterText, List.of("m", "t", "p"));
                return new WriteSchemeConfig(new WriteScheme.Argon2id(
                        p.getOrDefault("m", WriteScheme.Argon2id.DEFAULT_MEMORY_KIB),
                        p.getOrDefault("t", WriteScheme.Argon2id.DEFAULT_ITERATIONS),
                        p.getOrDefault("p", WriteScheme.Argon2id.DEFAULT_PARALLELISM)));
            }
            case "ARGON2I": {
                Map<String, Integer> p = parameters(name, parameterText, List.of("m", "t", "p"));
                return new WriteSchemeConfig(new WriteScheme.Argon2i(
                        p.getOrDefault("m", WriteScheme.Argon2i.DEFAULT_MEMORY_KIB),
                        p.getOrDefault("t", WriteScheme.Argon2i.DEFAULT_ITERATIONS),
                        p.getOrDefault("p", WriteScheme.Argon2i.DEFAULT_PARALLELISM)));
            }
            default:
                throw unwritable(name);
        }
    }

    /** The setting that reads back as this config, e.g. {@code SHA512-CRYPT:rounds=5000}. */
    public String toSpec() {
        return scheme.spec();
    }

    private static String normalizeName(String raw) {
        String name = raw.trim();
        if (name.length() >= 2 && name.startsWith("{") && name.endsWith("}")) {
            name = name.substring(1, name.length() - 1).trim();
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the password scheme name is missing; writable schemes: " + writable());
        }
        return name.toUpperCase(Locale.ROOT);
    }

    private static IllegalArgumentException unwritable(String name) {
        String shown = SchemeSpec.label(name);
        boolean readable = Scheme.byName(name).isPresent();
        if (readable) {
            return new IllegalArgumentException(shown + " can be verified but is not used to store passwords"
                    + " (plain text, fast digests and MD5-crypt are read-only); writable schemes: " + writable());
        }
        return new IllegalArgumentException("unknown password scheme '" + shown + "'; writable schemes: " + writable());
    }

    private static Map<String, Integer> parameters(String scheme, String text, List<String> allowed) {
        Map<String, Integer> values = new LinkedHashMap<>();
        if (text == null) {
            return values;
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("nothing follows '" + scheme + ":'; expected " + expected(allowed));
        }
        for (String item : text.split(",", -1)) {
            int eq = item.indexOf('=');
            String key = (eq < 0 ? item : item.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : item.substring(eq + 1).trim();
            if (key.isEmpty() || eq < 0) {
                throw new IllegalArgumentException("malformed parameter '" + item.trim() + "' for " + scheme
                        + "; expected " + expected(allowed));
            }
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "' for " + scheme
                        + "; expected " + expected(allowed));
            }
            if (values.containsKey(key)) {
                throw new IllegalArgumentException("parameter '" + key + "' is given twice for " + scheme);
            }
            if (!NUMBER.matcher(value).matches() || Long.parseLong(value) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("parameter '" + key + "' for " + scheme
                        + " must be a whole number (was '" + value + "')");
            }
            values.put(key, Integer.parseInt(value));
        }
        return values;
    }

    private static String expected(List<String> allowed) {
        return String.join(",", allowed.stream().map(k -> k + "=N").toList());
    }

    private static String writable() {
        return String.join(", ", WRITABLE);
    }
}
