package io.alpenlock.device.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.core.totp.TotpParameters;
import io.alpenlock.core.totp.TotpSecret;
import io.alpenlock.device.api.TotpSettings;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceStoreTest {

    static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    static final URI REALM = URI.create("https://id.example.org/realms/accounts");

    final SecureRandom random = new SecureRandom();
    final DeviceKeyPair key = DeviceKeyPair.generate(random);

    @TempDir
    Path temp;

    @BeforeAll
    static void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "these tests check POSIX permissions");
    }

    Account alice() {
        return new Account(REALM, "5f0c4a1e-8d1b-4c2a-9f3e-2b7d6c1a0e93", "accounts", "alice@alpenlock.test",
                "Alpenlock Accounts", "Laptop",
                new TotpSettings(TotpSecret.fromBase32(SECRET), TotpParameters.DEFAULT));
    }

    DeviceState state() {
        return DeviceState.empty().withDeviceKey(key).withAccount(alice());
    }

    String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void createsTheFileOwnerOnlyAndAMissingDirectoryOwnerOnly() throws Exception {
        Path file = temp.resolve("new-dir").resolve("device.json");

        new DeviceStore(file, random).save(state());

        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(permissions(file.getParent())).isEqualTo("rwx------");
    }

    @Test
    void keepsTheFileOwnerOnlyWhenItIsReplacedAndLeavesNoTemporaryFile() throws Exception {
        Path file = temp.resolve("device.json");
        DeviceStore store = new DeviceStore(file, random);

        store.save(state());
        store.save(store.load().withoutAccount(alice()));

        assertThat(permissions(file)).isEqualTo("rw-------");
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(store.load().accounts()).isEmpty();
    }

    @Test
    void roundTripsTheKeyAndTheAccounts() throws Exception {
        DeviceStore store = new DeviceStore(temp.resolve("device.json"), random);

        store.save(state());
        DeviceState loaded = store.load();

        assertThat(loaded.deviceKey()).get().extracting(DeviceKeyPair::thumbprint).isEqualTo(key.thumbprint());
        assertThat(loaded.accounts()).hasSize(1);
        Account account = loaded.accounts().get(0);
        assertThat(account).usingRecursiveComparison().ignoringFields("totp").isEqualTo(alice());
        assertThat(account.totp().secret().toBase32()).isEqualTo(SECRET);
        assertThat(account.totp().parameters()).isEqualTo(TotpParameters.DEFAULT);
        Instant now = Instant.parse("2026-03-02T10:15:20Z");
        assertThat(account.totp().code(now)).isEqualTo(alice().totp().code(now));
    }

    @Test
    void writesTheDocumentedFormat() throws Exception {
        Path file = temp.resolve("device.json");
        new DeviceStore(file, random).save(state());

        String text = Files.readString(file);

        assertThat(text).contains("\"version\" : 1", "\"deviceKey\"", "\"kty\" : \"EC\"", "\"d\" : ",
                "\"realmUrl\" : \"https://id.example.org/realms/accounts\"", "\"secret\" : \"" + SECRET + "\"");
    }

    @Test
    void aMissingFileIsADeviceThatNeverEnrolled() throws Exception {
        DeviceState state = new DeviceStore(temp.resolve("absent.json"), random).load();

        assertThat(state.deviceKey()).isEmpty();
        assertThat(state.accounts()).isEmpty();
        assertThat(temp.resolve("absent.json")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rw----r--", "rw--w----", "rw-rw-rw-"})
    void refusesAFileOtherUsersMayAccess(String permissions) throws Exception {
        Path file = temp.resolve("device.json");
        DeviceStore store = new DeviceStore(file, random);
        store.save(state());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));

        assertThatThrownBy(store::load)
                .isInstanceOf(DeviceStoreException.class)
                .hasMessageContaining("other users may access it (" + permissions + ")")
                .hasMessageContaining("chmod 600 " + file);
    }

    @Test
    void refusesACorruptFileWithoutQuotingIt() throws Exception {
        Path file = temp.resolve("device.json");
        Files.writeString(file, "{\"version\": 1, \"deviceKey\": " + SECRET + "}");
        Files.setPosixFilePermissions(file, DeviceStore.FILE_PERMISSIONS);

        assertThatThrownBy(() -> new DeviceStore(file, random).load())
                .isInstanceOf(DeviceStoreException.class)
                .hasMessageContaining("is not valid: it is not valid JSON (line 1")
                .message().doesNotContain(SECRET);
    }

    @Test
    void refusesAKeyWhosePrivatePartDoesNotMatch() throws Exception {
        Path file = temp.resolve("device.json");
        DeviceStore store = new DeviceStore(file, random);
        store.save(state());
        String otherD = DeviceKeyPair.generate(random).toPrivateJwk().replaceAll(".*\"d\":\"([^\"]+)\".*", "$1");
        String text = Files.readString(file).replaceAll("\"d\" : \"[^\"]+\"", "\"d\" : \"" + otherD + "\"");
        Files.writeString(file, text);

        assertThatThrownBy(store::load)
                .isInstanceOf(DeviceStoreException.class)
                .hasMessageContaining("device key is not valid")
                .message().doesNotContain(otherD);
    }

    @Test
    void noSecretInToString() throws Exception {
        DeviceStore store = new DeviceStore(temp.resolve("device.json"), random);
        store.save(state());
        DeviceState loaded = store.load();
        String d = key.toPrivateJwk().replaceAll(".*\"d\":\"([^\"]+)\".*", "$1");

        for (Object object : List.of(store, loaded, loaded.accounts().get(0), loaded.accounts().get(0).totp(),
                loaded.deviceKey().orElseThrow())) {
            assertThat(object.toString()).doesNotContain(SECRET).doesNotContain(d);
        }
        assertThat(loaded.toString()).contains(key.thumbprint()).contains("accounts=1");
    }

    @Test
    void locatesTheStateFromOptionThenEnvironmentThenHome() {
        Path home = Path.of("/home/alice");
        Map<String, String> env = Map.of(DeviceStore.STATE_VARIABLE, "/tmp/from-env.json");

        assertThat(DeviceStore.locate("/tmp/option.json", env, home)).isEqualTo(Path.of("/tmp/option.json"));
        assertThat(DeviceStore.locate(null, env, home)).isEqualTo(Path.of("/tmp/from-env.json"));
        assertThat(DeviceStore.locate(null, Map.of(), home)).isEqualTo(Path.of("/home/alice/.alpenlock/device.json"));
    }

    @Test
    void replacingAnAccountWithTheSameIdKeepsOneEntry() {
        DeviceState state = state().withAccount(alice());

        assertThat(state.accounts()).hasSize(1);
        assertThat(state.realmUrls()).containsExactly(REALM);
        assertThat(state.accountsWithId(alice().credentialId())).hasSize(1);
    }

    @Test
    void aPendingKeyRotationIsKeptWithItsNewKeyAndTheRealmsThatMoved() throws Exception {
        DeviceKeyPair newKey = DeviceKeyPair.generate(random);
        URI other = URI.create("https://id.example.org/realms/other");
        DeviceStore store = new DeviceStore(temp.resolve("device.json"), random);

        store.save(state().withAccount(new Account(other, "c-2", "other", "bob", "Other", "CLI", alice().totp()))
                .withRotationStarted(newKey).withRealmRotated(REALM));
        DeviceState read = store.load();

        assertThat(read.deviceKey().orElseThrow().thumbprint()).isEqualTo(key.thumbprint());
        assertThat(read.rotation().orElseThrow().newKey().thumbprint()).isEqualTo(newKey.thumbprint());
        assertThat(read.rotation().get().rotatedRealmUrls()).containsExactly(REALM);
        assertThat(read.keyFor(REALM).thumbprint()).isEqualTo(newKey.thumbprint());
        assertThat(read.keyFor(other).thumbprint()).isEqualTo(key.thumbprint());
        assertThat(read.realmUrlsNotRotated()).containsExactly(other);
        assertThat(read.withRotationCompletedIfDone()).isSameAs(read);
        assertThat(read.toString()).contains("rotating to " + newKey.thumbprint()).doesNotContain("\"d\"");

        DeviceState done = read.withRealmRotated(other).withRotationCompletedIfDone();
        assertThat(done.deviceKey().orElseThrow().thumbprint()).isEqualTo(newKey.thumbprint());
        assertThat(done.rotation()).isEmpty();
        store.save(done);
        assertThat(Files.readString(store.file())).doesNotContain("keyRotation");
    }
}
