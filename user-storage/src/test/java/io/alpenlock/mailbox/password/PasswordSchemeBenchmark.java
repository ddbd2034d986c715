package io.alpenlock.mailbox.password;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Not a test: prints how long one successful verification takes per scheme, single-threaded, on this machine.
 * Nothing is asserted. Run (after {@code mvn -o verify -pl user-storage}):
 * {@code java -Xmx2g -cp user-storage/target/classes:user-storage/target/test-classes:$BCPROV
 * io.alpenlock.mailbox.password.PasswordSchemeBenchmark [--limits]}; {@code --limits} also times one verification at
 * the highest costs the default {@link VerificationLimits} accept (takes a minute or more and about 1.1 GiB of heap).
 */
public final class PasswordSchemeBenchmark {

    private static final String PASSWORD = "correct horse battery staple";

    private record Case(String label, String stored, String password) {
    }

    private PasswordSchemeBenchmark() {
    }

    public static void main(String[] args) {
        SecureRandom random = new SecureRandom();
        DovecotPasswords passwords = DovecotPasswords.withDefaults(random);
        List<Case> cases = new ArrayList<>();
        for (String spec : WriteSchemeConfig.WRITABLE) {
            WriteSchemeConfig config = WriteSchemeConfig.from(spec);
            cases.add(new Case(config.toSpec() + " (ours)", passwords.encode(PASSWORD.toCharArray(), config), PASSWORD));
        }
        // As doveadm pw wrote them with its defaults (no -r, no encoding suffix)
        Set<String> seen = new HashSet<>();
        for (DovecotVectors.Vector v : DovecotVectors.all()) {
            if (v.password().equals("secret") && !v.askedScheme().contains(".") && !v.stored().contains("rounds=")
                    && seen.add(v.askedScheme())) {
                cases.add(new Case(v.askedScheme() + " (doveadm)", v.stored(), v.password()));
            }
        }
        System.out.printf("%-40s %10s %10s %6s%n", "scheme", "median ms", "min ms", "runs");
        for (Case c : cases) {
            time(passwords, c);
        }
        if (Arrays.asList(args).contains("--limits")) {
            VerificationLimits l = VerificationLimits.DEFAULTS;
            byte[] pw = PASSWORD.getBytes(StandardCharsets.UTF_8);
            System.out.println("-- highest costs the default limits accept (one run each) --");
            timeOnce(passwords, new Case("BLF-CRYPT cost " + l.maxBcryptCost(),
                    "{BLF-CRYPT}" + Bcrypt.hash(pw, l.maxBcryptCost(), random), PASSWORD));
            timeOnce(passwords, new Case("SHA512-CRYPT rounds=" + l.maxShaCryptRounds(),
                    "{SHA512-CRYPT}" + ShaCrypt.hash(ShaCrypt.Variant.SHA512, pw, l.maxShaCryptRounds(), random), PASSWORD));
            timeOnce(passwords, new Case("ARGON2ID m=1048576,t=4,p=1 (doveadm -r 4)",
                    "{ARGON2ID}" + Argon2Phc.hash(Argon2Phc.Variant.ARGON2ID, pw, l.maxArgon2MemoryKiB(), 4, 1, random),
                    PASSWORD));
        }
    }

    private static void time(DovecotPasswords passwords, Case c) {
        check(passwords, c);
        check(passwords, c);
        long[] samples = new long[200];
        int runs = 0;
        long started = System.nanoTime();
        while (runs < samples.length && (runs < 5 || System.nanoTime() - started < 3_000_000_000L)) {
            long t0 = System.nanoTime();
            check(passwords, c);
            samples[runs++] = System.nanoTime() - t0;
        }
        long[] taken = Arrays.copyOf(samples, runs);
        Arrays.sort(taken);
        System.out.printf("%-40s %10.3f %10.3f %6d%n", c.label(), taken[runs / 2] / 1e6, taken[0] / 1e6, runs);
    }

    private static void timeOnce(DovecotPasswords passwords, Case c) {
        long t0 = System.nanoTime();
        check(passwords, c);
        System.out.printf("%-40s %10.1f%n", c.label(), (System.nanoTime() - t0) / 1e6);
    }

    private static void check(DovecotPasswords passwords, Case c) {
        Verification result = passwords.verify(c.stored(), c.password().toCharArray());
        if (!result.matches()) {
            throw new IllegalStateException(c.label() + ": " + result);
        }
    }
}
