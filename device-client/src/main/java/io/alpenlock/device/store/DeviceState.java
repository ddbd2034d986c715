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
 * What the device keeps: its key (created at the first enrolment; one key for all accounts) and the accounts it is
 * enrolled with. Immutable: the {@code with…} methods return a new state for {@link DeviceStore#save}.
 * {@link #toString()} shows the key's thumbprint and the number of accounts only.
 */
public final class DeviceState {

    private static final DeviceState EMPTY = new DeviceState(null, List.of());

    private final DeviceKeyPair deviceKey;
    private final List<Account> accounts;

    public DeviceState(DeviceKeyPair deviceKey, List<Account> accounts) {
        this.accounts = List.copyOf(accounts);
        if (deviceKey == null && !this.accounts.isEmpty()) {
            throw new IllegalArgumentException("accounts without a device key");
        }
        this.deviceKey = deviceKey;
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
        return new DeviceState(Objects.requireNonNull(key, "key"), accounts);
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
        return new DeviceState(deviceKey, next);
    }

    public DeviceState withoutAccount(Account account) {
        List<Account> next = new ArrayList<>(accounts);
        next.removeIf(account::sameEnrollmentAs);
        return new DeviceState(deviceKey, next);
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
                + accounts.size() + "]";
    }
}
