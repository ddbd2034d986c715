package io.alpenlock.device.store;

import io.alpenlock.core.dpop.DeviceKeyPair;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the device keeps: its key (created at the first enrolment; one key for all accounts), the accounts it is
 * enrolled with and, while a key rotation has not reached every realm, the {@link PendingKeyRotation} (then
 * {@link #keyFor} picks the key per realm). Immutable: the {@code with…} methods return a new state for
 * {@link DeviceStore#save}. {@link #toString()} shows the keys' thumbprints and the number of accounts only.
 */
public final class DeviceState {

    private static final DeviceState EMPTY = new DeviceState(null, List.of());

    private final DeviceKeyPair deviceKey;
    private final List<Account> accounts;
    private final PendingKeyRotation rotation;

    public DeviceState(DeviceKeyPair deviceKey, List<Account> accounts) {
        this(deviceKey, accounts, null);
    }

    /** @param rotation the key rotation in progress, or null */
    public DeviceState(DeviceKeyPair deviceKey, List<Account> accounts, PendingKeyRotation rotation) {
        this.accounts = List.copyOf(accounts);
        if (deviceKey == null && !this.accounts.isEmpty()) {
            throw new IllegalArgumentException("accounts without a device key");
        }
        if (deviceKey == null && rotation != null) {
            throw new IllegalArgumentException("a key rotation without a device key");
        }
        this.deviceKey = deviceKey;
        this.rotation = rotation;
    }

    /** No key, no accounts: a device that never enrolled. */
    public static DeviceState empty() {
        return EMPTY;
    }

    public Optional<DeviceKeyPair> deviceKey() {
        return Optional.ofNullable(deviceKey);
    }

    public DeviceState withDeviceKey(DeviceKeyPair key) {
        if (deviceKey != null) {
            throw new IllegalStateException("the device already has a key");
        }
        return new DeviceState(Objects.requireNonNull(key, "key"), accounts, rotation);
    }

    /** The key rotation that has not reached every realm yet, if any. */
    public Optional<PendingKeyRotation> rotation() {
        return Optional.ofNullable(rotation);
    }

    /**
     * The key that signs for the accounts of {@code realmUrl}: the device key, or the new key of the pending rotation
     * when that realm already moved to it.
     *
     * @throws IllegalStateException if the device has no key yet
     */
    public DeviceKeyPair keyFor(URI realmUrl) {
        if (deviceKey == null) {
            throw new IllegalStateException("the device has no key yet");
        }
        return rotation != null && rotation.covers(realmUrl) ? rotation.newKey() : deviceKey;
    }

    /** This state with a rotation to {@code newKey} started (no realm moved yet). */
    public DeviceState withRotationStarted(DeviceKeyPair newKey) {
        if (deviceKey == null) {
            throw new IllegalStateException("the device has no key to rotate");
        }
        if (rotation != null) {
            throw new IllegalStateException("a key rotation is already in progress");
        }
        return new DeviceState(deviceKey, accounts, new PendingKeyRotation(newKey, Set.of()));
    }

    /** This state with the enrolments of {@code realmUrl} moved to the pending rotation's new key. */
    public DeviceState withRealmRotated(URI realmUrl) {
        if (rotation == null) {
            throw new IllegalStateException("no key rotation in progress");
        }
        return new DeviceState(deviceKey, accounts, rotation.withRotated(realmUrl));
    }

    /** The realm URLs of the accounts that still use the old key during a rotation (all of them when none runs). */
    public Set<URI> realmUrlsNotRotated() {
        Set<URI> urls = new LinkedHashSet<>(realmUrls());
        if (rotation != null) {
            urls.removeAll(rotation.rotatedRealmUrls());
        }
        return urls;
    }

    /**
     * When every realm of the accounts moved to the new key: the state whose device key is the new one, without the
     * rotation. Otherwise this state.
     */
    public DeviceState withRotationCompletedIfDone() {
        if (rotation == null || !realmUrlsNotRotated().isEmpty()) {
            return this;
        }
        return new DeviceState(rotation.newKey(), accounts, null);
    }

    /** In enrolment order. */
    public List<Account> accounts() {
        return accounts;
    }

    /** This state plus {@code account} (replacing an entry with the same realm URL and credential id). */
    public DeviceState withAccount(Account account) {
        List<Account> next = new ArrayList<>(accounts);
        next.removeIf(account::sameEnrollmentAs);
        next.add(account);
        return new DeviceState(deviceKey, next, rotation);
    }

    public DeviceState withoutAccount(Account account) {
        List<Account> next = new ArrayList<>(accounts);
        next.removeIf(account::sameEnrollmentAs);
        return new DeviceState(deviceKey, next, rotation);
    }

    /** The accounts with this credential id (credential ids are UUIDs: one, or none). */
    public List<Account> accountsWithId(String credentialId) {
        return accounts.stream().filter(a -> a.credentialId().equals(credentialId)).toList();
    }

    /** The distinct realm URLs of the accounts, in enrolment order. */
    public Set<URI> realmUrls() {
        Set<URI> urls = new LinkedHashSet<>();
        accounts.forEach(a -> urls.add(a.realmUrl()));
        return urls;
    }

    @Override
    public String toString() {
        return "DeviceState[key=" + (deviceKey == null ? "none" : deviceKey.thumbprint()) + ", accounts="
                + accounts.size() + (rotation == null ? "" : ", rotating to " + rotation.newKey().thumbprint()) + "]";
    }
}
