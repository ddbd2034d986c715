package io.alpenlock.device.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.core.dpop.DpopProofVerifier;
import io.alpenlock.core.dpop.VerifiedProof;
import io.alpenlock.core.totp.TotpParameters;
import io.alpenlock.core.totp.TotpSecret;
import io.alpenlock.device.ClientEnvironment;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.device.api.TotpSettings;
import io.alpenlock.device.store.Account;
import io.alpenlock.device.store.DeviceState;
import io.alpenlock.device.store.DeviceStore;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * A device for command tests: a state file in a temporary directory with a key and accounts, the client run as a
 * user would run it (optionally in the background, with a live standard output), and the proof checks a server does.
 */
final class CliFixture {

    static final Instant NOW = Instant.parse("2026-03-02T10:15:20Z");
    static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    final SecureRandom random = new SecureRandom();
    final Path stateFile;
    final DeviceStore store;
    final DeviceKeyPair key = DeviceKeyPair.generate(random);

    record Run(int exitCode, String out, String err) {
    }

    /** A run in the background; {@link #out()} grows while it runs. */
    record Background(CompletableFuture<Run> result, ByteArrayOutputStream outBuffer) {

        String out() {
            return outBuffer.toString(StandardCharsets.UTF_8);
        }

        /** Waits until standard output has a line that matches, and returns it. */
        String awaitLine(Predicate<String> matches) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                for (String line : out().lines().toList()) {
                    if (matches.test(line)) {
                        return line;
                    }
                }
                if (result.isDone()) {
                    throw new AssertionError("the command ended without that line: " + result.join());
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no such line within 10 s; output so far:\n" + out());
        }
    }

    CliFixture(Path directory) {
        stateFile = directory.resolve("device.json");
        store = new DeviceStore(stateFile, random);
    }

    static Account account(URI realmUrl, String credentialId, String username) {
        return new Account(realmUrl, credentialId, realmUrl.getPath().replaceAll(".*/", ""), username,
                "Alpenlock Accounts", "CLI", new TotpSettings(TotpSecret.fromBase32(SECRET), TotpParameters.DEFAULT));
    }

    /** Saves a state with this fixture's key and these accounts. */
    CliFixture withAccounts(Account... accounts) throws Exception {
        store.save(new DeviceState(key, List.of(accounts)));
        return this;
    }

    DeviceState state() throws Exception {
        return store.load();
    }

    Run run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    Run run(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return execute(in, out, args);
    }

    Background start(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Run> result = CompletableFuture.supplyAsync(() -> execute(in, out, args));
        return new Background(result, out);
    }

    private Run execute(InputStream in, ByteArrayOutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--state", stateFile.toString()));
        all.addAll(List.of(args));
        ClientEnvironment environment = new ClientEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), stateFile.getParent().resolve("home"),
                Clock.fixed(NOW, ZoneOffset.UTC), random, in);
        int exitCode = DeviceClientMain.run(all.toArray(String[]::new), environment);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The proof the server would check, for this method, URL and body, now; it must be made by {@code expected}. */
    static VerifiedProof verifyProof(String proof, String method, String url, byte[] body, DeviceKeyPair expected)
            throws Exception {
        VerifiedProof verified = new DpopProofVerifier().verify(proof, method, url, body, NOW);
        assertThat(verified.thumbprint()).as("the key that signed the proof").isEqualTo(expected.thumbprint());
        return verified;
    }
}
