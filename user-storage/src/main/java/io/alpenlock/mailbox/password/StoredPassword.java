package io.alpenlock.mailbox.password;

import java.util.Objects;

/**
 * A stored value split the way Dovecot splits it: {@code {SCHEME}payload}, or just a payload in the default scheme.
 * As in Dovecot, a value starting with {@code $1$} is MD5-crypt whatever the default scheme.
 * {@link #toString()} never shows the payload.
 */
record StoredPassword(SchemeSpec spec, String payload) {

    private static final SchemeSpec MD5_CRYPT = new SchemeSpec(Scheme.MD5_CRYPT, null);

    StoredPassword {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * @throws StoredPasswordException EMPTY, UNKNOWN_SCHEME or UNSUPPORTED_SCHEME
     */
    static StoredPassword parse(String stored, SchemeSpec defaultScheme) throws StoredPasswordException {
        if (stored == null || stored.isEmpty()) {
            throw new StoredPasswordException(Verification.Problem.EMPTY, defaultScheme.label(), "no password is stored");
        }
        SchemeSpec spec = defaultScheme;
        String payload = stored;
        int close = stored.indexOf('}');
        if (stored.charAt(0) == '{' && close > 0) {
            spec = SchemeSpec.parse(stored.substring(1, close));
            payload = stored.substring(close + 1);
        } else if (stored.startsWith("$1$")) {
            spec = MD5_CRYPT;
        }
        if (payload.isEmpty()) {
            throw new StoredPasswordException(Verification.Problem.EMPTY, spec.label(), "nothing follows the scheme");
        }
        return new StoredPassword(spec, payload);
    }

    @Override
    public String toString() {
        return "StoredPassword[{" + spec.label() + "}, " + payload.length() + " characters]";
    }
}
