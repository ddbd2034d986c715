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
