package io.alpenlock.authenticators.push.challenge;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00.123Z");
    static final String REALM = "realm-1b2c";
    static final String USER = "user-7f3e-secret-id";
    static final String PHONE = "cred-phone";
    static final String TABLET = "cred-tablet";
    static final String FOREIGN = "cred-of-someone-else";
    static final LoginContext CONTEXT = new LoginContext("Webmail", "Firefox 130", "Windows 11", "203.0.113.7", "Bern, Switzerland");

    private Fixtures() {
    }

    /** A reproducible SecureRandom, so that statistical tests never flake. */
    static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(Long.toString(seed).getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static PushChallenge pending(SecureRandom random) {
        return PushChallenge.create(REALM, USER, List.of(PHONE, TABLET), CONTEXT, PushChallenge.DEFAULT_LIFETIME, NOW, random);
    }

    static PushChallenge pending() {
        return pending(new SecureRandom());
    }

    static int wrongChoice(PushChallenge challenge) {
        return challenge.choices().stream().filter(c -> c != challenge.number()).findFirst().orElseThrow();
    }
}
