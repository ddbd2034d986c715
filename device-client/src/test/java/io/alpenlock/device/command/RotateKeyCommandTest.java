package io.alpenlock.device.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.core.dpop.DpopProofVerifier;
import io.alpenlock.core.dpop.VerifiedProof;
import io.alpenlock.device.store.DeviceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rotate-key} against a stub that does what the server does: it checks the current key's proof and the new
 * key's proof, answers with the new key's thumbprint, and from then on accepts only the new key for that realm.
 */
class RotateKeyCommandTest {

    static final String PATH = "/realms/%s/alpenlock/device/%s";

    @TempDir
    Path temp;
    StubServer stub;
    CliFixture device;
    /** Per realm: the thumbprint the stub accepts. */
    final Map<String, String> acceptedKey = new HashMap<>();
    final AtomicBoolean realmBFails = new AtomicBoolean();

    @BeforeEach
    void setUp() throws Exception {
        stub = new StubServer();
        device = new CliFixture(temp);
        for (String realm : List.of("a", "b")) {
            acceptedKey.put(realm, device.key.thumbprint());
            stub.on("POST " + PATH.formatted(realm, "key-rotation"), request -> rotate(realm, request));
            stub.on("GET " + PATH.formatted(realm, "challenges"), request -> authorized(realm, request)
                    ? new StubServer.Answer(200, "[]") : unauthorized());
        }
        device.withAccounts(
                CliFixture.account(stub.realm("a"), "c-1", "alice@alpenlock.test"),
                CliFixture.account(stub.realm("a"), "c-3", "carol@alpenlock.test"),
                CliFixture.account(stub.realm("b"), "c-2", "bob@alpenlock.test"));
    }

    @AfterEach
    void tearDown() {
        stub.close();
    }

    private StubServer.Answer rotate(String realm, StubServer.Request request) {
        if (realm.equals("b") && realmBFails.get()) {
            return new StubServer.Answer(503, "{\"error\":\"server_error\",\"error_description\":\"Try later\"}");
        }
        if (!authorized(realm, request)) {
            return unauthorized();
        }
        VerifiedProof newKey;
        try {
            newKey = new DpopProofVerifier().verify(request.header("DPoP-New-Key"), "POST", request.url(),
                    request.body(), CliFixture.NOW);
        } catch (Exception e) {
            return new StubServer.Answer(400, "{\"error\":\"invalid_request\"}");
        }
        acceptedKey.put(realm, newKey.thumbprint());
        return new StubServer.Answer(200, "{\"updated\":" + (realm.equals("a") ? 2 : 1) + ",\"keyThumbprint\":\""
                + newKey.thumbprint() + "\"}");
    }

    private boolean authorized(String realm, StubServer.Request request) {
        try {
            VerifiedProof proof = new DpopProofVerifier().verify(request.header("DPoP"), request.method(),
                    request.url(), request.body(), CliFixture.NOW);
            return proof.thumbprint().equals(acceptedKey.get(realm));
        } catch (Exception e) {
            return false;
        }
    }

    private static StubServer.Answer unauthorized() {
        return new StubServer.Answer(401, "{\"error\":\"invalid_dpop_proof\",\"error_description\":\"unknown key\"}");
    }

    @Test
    void everyRealmMovesToOneNewKeyWhichThenReplacesTheOldOne() throws Exception {
        CliFixture.Run rotate = device.run("rotate-key");

        assertThat(rotate.exitCode()).isZero();
        DeviceState state = device.state();
        DeviceKeyPair newKey = state.deviceKey().orElseThrow();
        assertThat(newKey.thumbprint()).isNotEqualTo(device.key.thumbprint());
        assertThat(state.rotation()).isEmpty();
        assertThat(state.accounts()).hasSize(3);
        assertThat(acceptedKey).containsOnly(Map.entry("a", newKey.thumbprint()), Map.entry("b", newKey.thumbprint()));
        assertThat(rotate.out().lines().toList()).containsExactly(
                "Moved 2 enrolments at " + stub.realm("a") + " to the new key.",
                "Moved 1 enrolment at " + stub.realm("b") + " to the new key.",
                "The device key is now " + newKey.thumbprint() + " (was " + device.key.thumbprint() + ").");
        assertThat(stub.requests()).hasSize(2);
        for (StubServer.Request request : stub.requests()) {
            CliFixture.verifyProof(request.header("DPoP"), "POST", request.url(), request.body(), device.key);
            CliFixture.verifyProof(request.header("DPoP-New-Key"), "POST", request.url(), request.body(), newKey);
            assertThat(request.body()).isEmpty();
        }
        assertThat(Files.readString(device.stateFile)).doesNotContain("keyRotation");

        assertThat(device.run("pending").exitCode()).isZero();
    }

    @Test
    void aFailedRotationKeepsTheOldKeyForTheRealmThatFailedAndIsFinishedByRunningItAgain() throws Exception {
        realmBFails.set(true);

        CliFixture.Run first = device.run("rotate-key");

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.err()).contains("error: " + stub.realm("b") + ": server_error (HTTP 503): Try later",
                "The key rotation is unfinished: 1 of 2 servers use the new key; the old key is kept for the others.");
        DeviceState half = device.state();
        assertThat(half.deviceKey().orElseThrow().thumbprint()).isEqualTo(device.key.thumbprint());
        DeviceKeyPair newKey = half.rotation().orElseThrow().newKey();
        assertThat(half.rotation().get().rotatedRealmUrls()).containsExactly(stub.realm("a"));
        assertThat(half.keyFor(stub.realm("a")).thumbprint()).isEqualTo(newKey.thumbprint());
        assertThat(half.keyFor(stub.realm("b")).thumbprint()).isEqualTo(device.key.thumbprint());
        assertThat(acceptedKey.get("b")).isEqualTo(device.key.thumbprint());

        // meanwhile every command signs each realm with the key that realm accepts
        CliFixture.Run pending = device.run("pending");
        assertThat(pending.exitCode()).isZero();
        assertThat(device.run("accounts").out()).contains("Key rotation unfinished: 1 server moved to the new key "
                + newKey.thumbprint());

        realmBFails.set(false);
        CliFixture.Run second = device.run("rotate-key");

        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).contains("note: resuming the rotation to key " + newKey.thumbprint());
        assertThat(second.out()).doesNotContain(stub.realm("a").toString())
                .contains("Moved 1 enrolment at " + stub.realm("b"));
        DeviceState done = device.state();
        assertThat(done.deviceKey().orElseThrow().thumbprint()).isEqualTo(newKey.thumbprint());
        assertThat(done.rotation()).isEmpty();
        assertThat(acceptedKey.values()).containsOnly(newKey.thumbprint());
        StubServer.Request last = stub.requests("POST", PATH.formatted("b", "key-rotation")).get(1);
        CliFixture.verifyProof(last.header("DPoP"), "POST", last.url(), last.body(), device.key);
        CliFixture.verifyProof(last.header("DPoP-New-Key"), "POST", last.url(), last.body(), newKey);
    }

    @Test
    void whenTheOnlyRealmFailsTheOldKeyStaysTheDeviceKey() throws Exception {
        device.withAccounts(CliFixture.account(stub.realm("b"), "c-2", "bob@alpenlock.test"));
        realmBFails.set(true);

        CliFixture.Run rotate = device.run("rotate-key");

        assertThat(rotate.exitCode()).isEqualTo(1);
        DeviceState state = device.state();
        assertThat(state.deviceKey().orElseThrow().thumbprint()).isEqualTo(device.key.thumbprint());
        assertThat(state.keyFor(stub.realm("b")).thumbprint()).isEqualTo(device.key.thumbprint());
        assertThat(state.rotation().orElseThrow().rotatedRealmUrls()).isEmpty();
        assertThat(device.run("pending").exitCode()).isZero();
        StubServer.Request check = stub.requests("GET", PATH.formatted("b", "challenges")).get(0);
        CliFixture.verifyProof(check.header("DPoP"), "GET", check.url(), check.body(), device.key);
    }

    @Test
    void aRotationWhoseAnswerWasLostIsRecognisedWhenRunAgain() throws Exception {
        device.withAccounts(CliFixture.account(stub.realm("b"), "c-2", "bob@alpenlock.test"));
        // the server moved realm b to the new key, but the device never saw the answer
        DeviceKeyPair newKey = DeviceKeyPair.generate(device.random);
        device.store.save(device.state().withRotationStarted(newKey));
        acceptedKey.put("b", newKey.thumbprint());
        stub.on("GET " + PATH.formatted("b", "accounts"), request -> authorized("b", request)
                ? new StubServer.Answer(200, "[{\"credentialId\":\"c-2\"}]") : unauthorized());

        CliFixture.Run rotate = device.run("rotate-key");

        assertThat(rotate.exitCode()).isZero();
        assertThat(rotate.out()).contains("were already on the new key");
        assertThat(device.state().deviceKey().orElseThrow().thumbprint()).isEqualTo(newKey.thumbprint());
    }

    @Test
    void withoutAccountsNothingIsRotated() throws Exception {
        CliFixture empty = new CliFixture(temp.resolve("empty"));

        CliFixture.Run rotate = empty.run("rotate-key");

        assertThat(rotate.exitCode()).isZero();
        assertThat(rotate.out()).startsWith("No accounts on this device: nothing to rotate");
        assertThat(stub.requests()).isEmpty();
        assertThat(empty.stateFile).doesNotExist();
    }
}
