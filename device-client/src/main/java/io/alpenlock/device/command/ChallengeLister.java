package io.alpenlock.device.command;

import io.alpenlock.device.api.Challenge;
import io.alpenlock.device.api.DeviceApi;
import io.alpenlock.device.api.DeviceApiException;
import io.alpenlock.device.store.Account;
import io.alpenlock.device.store.DeviceState;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Asks the server of each realm of the accounts for its open challenges ({@code GET /challenges}, signed with the key
 * of that realm) and ties each to its local account. All requests go through one {@link DeviceApi} (one HTTP client,
 * connections kept alive).
 */
final class ChallengeLister {

    private final DeviceState state;
    private final DeviceApi api;

    /** @param api the API of the device key; the key of each realm is picked from {@code state} */
    ChallengeLister(DeviceState state, DeviceApi api) {
        this.state = state;
        this.api = api;
    }

    /** The distinct realm URLs of the accounts, in enrolment order. */
    Set<URI> realmUrls() {
        return state.realmUrls();
    }

    /** The API signing with the key of {@code realmUrl}. */
    DeviceApi apiFor(URI realmUrl) {
        return api.withKey(state.keyFor(realmUrl));
    }

    /** The open challenges of that realm, soonest to expire first. */
    List<OpenChallenge> fetch(URI realmUrl) throws DeviceApiException {
        List<OpenChallenge> open = new ArrayList<>();
        for (Challenge challenge : apiFor(realmUrl).challenges(realmUrl)) {
            open.add(new OpenChallenge(realmUrl, challenge, account(realmUrl, challenge.credentialId())));
        }
        open.sort((a, b) -> a.challenge().expiresAt().compareTo(b.challenge().expiresAt()));
        return open;
    }

    private Account account(URI realmUrl, String credentialId) {
        return state.accounts().stream()
                .filter(a -> a.realmUrl().equals(realmUrl) && a.credentialId().equals(credentialId))
                .findFirst().orElse(null);
    }
}
