package io.alpenlock.core.recovery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.alpenlock.core.phone.E164Number;

/**
 * What the forgotten-password pages show for an identifier that matches no account, so that they look like
 * those of a real one (DESIGN.md: no enumeration): whether it "has" a mobile number and which one (shown
 * masked, like a real number). Derived from a secret key and the identifier with HMAC-SHA256, so the same
 * identifier always gets the same answer (asking twice reveals nothing) and nobody without the key can tell
 * a decoy from a real account. About 60% of unknown identifiers get a Swiss mobile number.
 */
public final class RecoveryDecoys {

    /** Share of unknown identifiers that get a decoy mobile number, out of 256. */
    static final int PHONE_SHARE = 154;

    /** Share of unknown identifiers that get a decoy recovery e-mail address, out of 256. */
    static final int RECOVERY_EMAIL_SHARE = 90;
    private static final String[] DECOY_DOMAINS = {"gmail.com", "bluewin.ch", "gmx.ch", "outlook.com", "icloud.com",
        "yahoo.com", "proton.me", "gmx.de", "hotmail.com", "sunrise.ch"};

    private final SecretKeySpec key;

    /** @param key at least 16 bytes from a secure random source, kept for the realm */
    public RecoveryDecoys(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("the decoy key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The decoy mobile number of an unknown identifier (compared case-insensitively, trimmed), or none. */
    public Optional<E164Number> phone(String identifier) {
        byte[] mac = mac(identifier == null ? "" : identifier.strip().toLowerCase(Locale.ROOT));
        if ((mac[0] & 0xff) >= PHONE_SHARE) {
            return Optional.empty();
        }
        StringBuilder number = new StringBuilder("+417").append(5 + (mac[1] & 0xff) % 5);
        for (int i = 2; i < 9; i++) {
            number.append((mac[i] & 0xff) % 10);
        }
        return Optional.of(new E164Number(number.toString()));
    }

    /**
     * Whether an unknown identifier "has" a verified recovery e-mail address, and that address as the page shows it
     * (masked, {@code k•••n@gmx.ch}); independent of the decoy phone. About a third get one.
     */
    public Optional<String> maskedRecoveryEmail(String identifier) {
        byte[] mac = mac(identifier == null ? "" : identifier.strip().toLowerCase(Locale.ROOT));
        if ((mac[10] & 0xff) >= RECOVERY_EMAIL_SHARE) {
            return Optional.empty();
        }
        char first = (char) ('a' + (mac[11] & 0xff) % 26);
        char last = (char) ('a' + (mac[12] & 0xff) % 26);
        String domain = DECOY_DOMAINS[(mac[13] & 0xff) % DECOY_DOMAINS.length];
        return Optional.of(ContactMasking.maskEmail(first + "x" + last + "@" + domain));
    }

    private byte[] mac(String identifier) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
