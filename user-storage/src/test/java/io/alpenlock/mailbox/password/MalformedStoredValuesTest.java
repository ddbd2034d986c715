package io.alpenlock.mailbox.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the mail platform's table holds, verification answers with a {@link Verification} and never throws:
 * every Dovecot vector truncated at every position and mutated at random, plus random strings made of the
 * characters that matter to the parsers. Unusable results never repeat the stored data.
 *
 * <p>Limits are lowered (bcrypt cost 5, Argon2 1 MiB) so that mutants that still parse stay quick to compute.
 */
class MalformedStoredValuesTest {

    private static final String STRUCTURE = "{}$=,.:-/+_0123456789abcdefxyzABCDEFXYZ \u0000é🏔";
    private static final String[] PREFIXES = {"", "{CRYPT}", "{SHA512-CRYPT}", "{SHA256-CRYPT}", "{MD5-CRYPT}",
        "{BLF-CRYPT}", "{ARGON2ID}", "{ARGON2I}", "{PLAIN}", "{SHA256}", "{SSHA512}", "{SHA512.HEX}", "{PLAIN-MD5}",
        "{SMD5}", "{SHA256.B64}", "{"};

    private final DovecotPasswords passwords = new DovecotPasswords("CRYPT",
            new VerificationLimits(5, 10_000, 1024, 3, 3 * 1024, 2, 4096), new SecureRandom());
    private final Random random = new Random(20261125L);

    @Test
    void truncatedDovecotValuesNeverThrow() {
        int checked = 0;
        for (DovecotVectors.Vector vector : DovecotVectors.all()) {
            String stored = vector.stored();
            for (int length = 0; length < stored.length(); length++) {
                assertAnswers(stored.substring(0, length), vector.password());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(4000);
    }

    @Test
    void mutatedDovecotValuesNeverThrow() {
        for (DovecotVectors.Vector vector : DovecotVectors.all()) {
            for (int i = 0; i < 40; i++) {
                assertAnswers(mutate(vector.stored()), vector.password());
            }
        }
    }

    @Test
    void randomValuesNeverThrow() {
        for (int i = 0; i < 5000; i++) {
            String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
            assertAnswers(prefix + randomText(random.nextInt(120)), "secret");
        }
    }

    @Test
    void knownShapesWithRandomPartsNeverThrow() {
        List<String> shapes = List.of("$6$%s$%s", "$5$rounds=%s$%s$%s", "$1$%s$%s", "$2y$%s$%s",
                "$argon2id$v=19$m=%s,t=%s,p=%s$%s$%s", "$argon2i$m=%s,t=%s,p=%s$%s$%s");
        for (int i = 0; i < 3000; i++) {
            String shape = shapes.get(random.nextInt(shapes.size()));
            List<Object> parts = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                parts.add(random.nextBoolean() ? String.valueOf(random.nextInt(100_000)) : randomText(random.nextInt(60)));
            }
            assertAnswers("{CRYPT}" + String.format(shape, parts.toArray()), "secret");
            assertAnswers("{ARGON2ID}" + String.format(shape, parts.toArray()), "secret");
        }
    }

    private void assertAnswers(String stored, String password) {
        Verification result = passwords.verify(stored, password.toCharArray());

        assertThat(result).as("verify(%s)", stored).isNotNull();
        if (result instanceof Verification.Unusable) {
            String message = ((Verification.Unusable) result).message();
            int brace = stored.indexOf('}');
            String data = stored.startsWith("{") && brace > 0 ? stored.substring(brace + 1) : stored;
            // Salts, checksums, hashes and plain values must not appear; cost parameters (m=65536) may be named.
            for (String piece : data.split("[$,]")) {
                if (piece.length() >= 10 && !piece.matches("[a-z]+=[0-9]+")) {
                    assertThat(message).as("message for %s", stored).doesNotContain(piece);
                }
            }
        }
    }

    private String mutate(String stored) {
        StringBuilder out = new StringBuilder(stored);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && out.length() > 0; e++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.setCharAt(at, STRUCTURE.charAt(random.nextInt(STRUCTURE.length())));
                default -> out.insert(at, STRUCTURE.charAt(random.nextInt(STRUCTURE.length())));
            }
        }
        return out.toString();
    }

    private String randomText(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(STRUCTURE.charAt(random.nextInt(STRUCTURE.length())));
        }
        return out.toString();
    }
}
