package io.alpenlock.device.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.device.api.TotpSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The device's state file (default {@code ~/.alpenlock/device.json}): the device's private key and the accounts it is
 * enrolled with, TOTP secrets included. Format (version 1, UTF-8 JSON):
 *
 * <pre>{@code
 * {"version": 1,
 *  "deviceKey": {"kty": "EC", "crv": "P-256", "x": "…", "y": "…", "d": "…"},
 *  "accounts": [{"realmUrl": "https://id.example.org/realms/accounts", "credentialId": "…", "realm": "accounts",
 *                "username": "alice@example.org", "issuer": "Example Accounts", "label": "Laptop",
 *                "totp": {"secret": "<base32>", "algorithm": "SHA1", "digits": 6, "period": 30}}],
 *  "keyRotation": {"newKey": {…private JWK…}, "rotatedRealmUrls": ["https://id.example.org/realms/accounts"]}}
 * }</pre>
 *
 * <p>{@code keyRotation} is there only while a key rotation has not reached every realm ({@link PendingKeyRotation}).
 *
 * <p>Protection on POSIX systems: the file is created with permissions {@code 600} and a missing directory with
 * {@code 700}, both given at creation (never widened first and narrowed afterwards); every save writes a new private
 * temporary file in the same directory, flushes it to disk and renames it over the old one, so a crash leaves either
 * the old or the new state, never half of one. {@link #load()} refuses a file that group or others may access. On
 * file systems without POSIX permissions (Windows), the file gets the default access rules of its directory.
 *
 * <p>One process at a time per state file: two commands running at once may lose one's change. Error messages name
 * the file and the problem, never its content.
 */
public final class DeviceStore {

    /** Environment variable naming the state file when {@code --state} is not given. */
    public static final String STATE_VARIABLE = "ALPENLOCK_DEVICE_STATE";
    public static final int FORMAT_VERSION = 1;
    static final int MAX_FILE_BYTES = 1024 * 1024;

    static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;
    private final SecureRandom random;

    /** @param random for the consistency check of the private key when it is loaded */
    public DeviceStore(Path file, SecureRandom random) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Where the state lives: {@code stateOption} (from {@code --state}) if given, else the environment variable
     * {@value #STATE_VARIABLE} if set, else {@code <home>/.alpenlock/device.json}.
     */
    public static Path locate(String stateOption, Map<String, String> environment, Path home) {
        if (stateOption != null && !stateOption.isBlank()) {
            return Path.of(stateOption);
        }
        String variable = environment.get(STATE_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        return home.resolve(".alpenlock").resolve("device.json");
    }

    public Path file() {
        return file;
    }

    /**
     * Reads the state; a device that has no state file yet has {@link DeviceState#empty()}.
     *
     * @throws DeviceStoreException if the file is not private, cannot be read or is not a valid state file
     */
    public DeviceState load() throws DeviceStoreException {
        if (!Files.exists(file)) {
            return DeviceState.empty();
        }
        if (!Files.isRegularFile(file)) {
            throw new DeviceStoreException("the state file " + file + " is not a regular file");
        }
        checkPrivate();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new DeviceStoreException("cannot read the state file " + file + " (" + problem(e) + ")");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new DeviceStoreException("the state file " + file + " is larger than " + MAX_FILE_BYTES + " bytes");
        }
        return parse(bytes);
    }

    /** Replaces the state file atomically with {@code state} (creating it, and its directory, private). */
    public void save(DeviceState state) throws DeviceStoreException {
        byte[] bytes = serialize(Objects.requireNonNull(state, "state"));
        Path directory = file.getParent();
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory, posix ? new FileAttribute<?>[] {
                        PosixFilePermissions.asFileAttribute(DIRECTORY_PERMISSIONS)} : new FileAttribute<?>[0]);
            }
            Path temporary = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp",
                    posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS)}
                            : new FileAttribute<?>[0]);
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new DeviceStoreException("cannot write the state file " + file + " (" + problem(e) + ")");
        }
    }

    private void checkPrivate() throws DeviceStoreException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = view.readAttributes().permissions();
        } catch (IOException e) {
            throw new DeviceStoreException("cannot read the permissions of the state file " + file + " ("
                    + problem(e) + ")");
        }
        if (!Collections.disjoint(permissions, GROUP_OR_OTHERS)) {
            throw new DeviceStoreException("the state file " + file + " holds the device key and TOTP secrets but "
                    + "other users may access it (" + PosixFilePermissions.toString(permissions)
                    + "); make it private with: chmod 600 " + file);
        }
    }

    private byte[] serialize(DeviceState state) throws DeviceStoreException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", FORMAT_VERSION);
        root.set("deviceKey", state.deviceKey().isPresent() ? privateJwk(state.deviceKey().get()) : null);
        ArrayNode accounts = root.putArray("accounts");
        for (Account account : state.accounts()) {
            ObjectNode node = accounts.addObject();
            node.put("realmUrl", account.realmUrl().toString());
            node.put("credentialId", account.credentialId());
            node.put("realm", account.realm());
            node.put("username", account.username());
            node.put("issuer", account.issuer());
            node.put("label", account.label());
            node.set("totp", JSON.valueToTree(account.totp().toJson()));
        }
        if (state.rotation().isPresent()) {
            ObjectNode rotation = root.putObject("keyRotation");
            rotation.set("newKey", privateJwk(state.rotation().get().newKey()));
            ArrayNode rotated = rotation.putArray("rotatedRealmUrls");
            state.rotation().get().rotatedRealmUrls().forEach(url -> rotated.add(url.toString()));
        }
        try {
            byte[] json = JSON.writeValueAsBytes(root);
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new DeviceStoreException("cannot serialise the device state");
        }
    }

    private static JsonNode privateJwk(DeviceKeyPair key) {
        try {
            return JSON.readTree(key.toPrivateJwk());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the device key did not serialise to JSON");
        }
    }

    private DeviceKeyPair key(JsonNode node, String what) throws DeviceStoreException {
        try {
            return DeviceKeyPair.fromPrivateJwk(JSON.writeValueAsString(node), random);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw invalid(what + " is not valid: " + e.getMessage());
        }
    }

    private DeviceState parse(byte[] bytes) throws DeviceStoreException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw invalid(e.getLocation() == null ? "it is not valid JSON" : "it is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw invalid("it is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw invalid("it is not a JSON object");
        }
        if (!root.path("version").isInt() || root.get("version").intValue() != FORMAT_VERSION) {
            throw invalid("it is not a version " + FORMAT_VERSION + " state file");
        }
        DeviceKeyPair key = null;
        JsonNode keyNode = root.get("deviceKey");
        if (keyNode != null && !keyNode.isNull()) {
            key = key(keyNode, "its device key");
        }
        JsonNode accountsNode = root.path("accounts");
        if (!accountsNode.isArray()) {
            throw invalid("it has no accounts list");
        }
        List<Account> accounts = new ArrayList<>();
        for (JsonNode node : accountsNode) {
            accounts.add(account(node, accounts.size() + 1));
        }
        if (key == null && !accounts.isEmpty()) {
            throw invalid("it has accounts but no device key");
        }
        PendingKeyRotation rotation = rotation(root.get("keyRotation"));
        if (key == null && rotation != null) {
            throw invalid("it has a key rotation but no device key");
        }
        return new DeviceState(key, accounts, rotation);
    }

    private PendingKeyRotation rotation(JsonNode node) throws DeviceStoreException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject() || node.get("newKey") == null || !node.path("rotatedRealmUrls").isArray()) {
            throw invalid("its keyRotation needs a newKey and rotatedRealmUrls");
        }
        Set<URI> rotated = new LinkedHashSet<>();
        for (JsonNode url : node.get("rotatedRealmUrls")) {
            try {
                rotated.add(new URI(url.asText()));
            } catch (URISyntaxException e) {
                throw invalid("its keyRotation has an invalid realm URL");
            }
        }
        return new PendingKeyRotation(key(node.get("newKey"), "the new key of its keyRotation"), rotated);
    }

    private Account account(JsonNode node, int number) throws DeviceStoreException {
        String where = "account #" + number;
        if (!node.isObject()) {
            throw invalid(where + " is not a JSON object");
        }
        URI realmUrl;
        try {
            realmUrl = new URI(text(node, "realmUrl", where));
        } catch (URISyntaxException e) {
            throw invalid(where + " has an invalid realmUrl");
        }
        TotpSettings totp;
        try {
            totp = TotpSettings.fromJson(node.get("totp"));
        } catch (IllegalArgumentException e) {
            throw invalid(where + ": " + e.getMessage());
        }
        return new Account(realmUrl, text(node, "credentialId", where), text(node, "realm", where),
                text(node, "username", where), text(node, "issuer", where), text(node, "label", where), totp);
    }

    private String text(JsonNode node, String field, String where) throws DeviceStoreException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw invalid(where + " has no " + field);
        }
        return value.textValue();
    }

    private DeviceStoreException invalid(String reason) {
        return new DeviceStoreException("the state file " + file + " is not valid: " + reason);
    }

    private static String problem(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public String toString() {
        return "DeviceStore[" + file + "]";
    }
}
