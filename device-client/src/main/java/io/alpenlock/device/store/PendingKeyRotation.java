package io.alpenlock.device.store;

import io.alpenlock.core.dpop.DeviceKeyPair;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A key rotation that has started and not yet reached every realm: the new key (kept in the state file before any
 * server sees it) and the realm URLs whose enrolments already moved to it. The accounts of those realms are signed
 * with the new key; the others still with the device key. {@link #toString()} shows only the thumbprint.
 */
public record PendingKeyRotation(DeviceKeyPair newKey, Set<URI> rotatedRealmUrls) {

    public PendingKeyRotation {
        Objects.requireNonNull(newKey, "newKey");
        rotatedRealmUrls = Collections.unmodifiableSet(new LinkedHashSet<>(rotatedRealmUrls));
    }

    PendingKeyRotation withRotated(URI realmUrl) {
        Set<URI> next = new LinkedHashSet<>(rotatedRealmUrls);
        next.add(Objects.requireNonNull(realmUrl, "realmUrl"));
        return new PendingKeyRotation(newKey, next);
    }

    /** Whether the enrolments of {@code realmUrl} already moved to the new key. */
    boolean covers(URI realmUrl) {
        return rotatedRealmUrls.contains(realmUrl);
    }

    @Override
    public String toString() {
        return "PendingKeyRotation[newKey=" + newKey.thumbprint() + ", rotated=" + rotatedRealmUrls + "]";
    }
}
