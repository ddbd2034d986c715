package io.alpenlock.device.command;

import io.alpenlock.device.api.Challenge;
import io.alpenlock.device.api.Printable;
import io.alpenlock.device.store.Account;
import java.net.URI;
import java.util.Objects;

/**
 * A challenge of {@code GET /challenges}, with the realm it came from and the local account it is for.
 *
 * @param account the account of the challenge's credential id in that realm; null when this device does not have it
 */
record OpenChallenge(URI realmUrl, Challenge challenge, Account account) {

    OpenChallenge {
        Objects.requireNonNull(realmUrl, "realmUrl");
        Objects.requireNonNull(challenge, "challenge");
    }

    String id() {
        return challenge.id();
    }

    /** The username to show, or a note naming the unknown enrolment. */
    String accountName() {
        return account != null ? account.username()
                : "unknown enrolment " + Printable.of(challenge.credentialId(), 40);
    }
}
