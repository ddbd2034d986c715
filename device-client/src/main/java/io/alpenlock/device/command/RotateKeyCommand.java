package io.alpenlock.device.command;

import io.alpenlock.core.dpop.DeviceKeyPair;
import io.alpenlock.device.Arguments;
import io.alpenlock.device.Command;
import io.alpenlock.device.CommandContext;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.device.UsageException;
import io.alpenlock.device.api.DeviceApi;
import io.alpenlock.device.api.DeviceApiException;
import io.alpenlock.device.api.KeyRotationResult;
import io.alpenlock.device.api.RemoteAccount;
import io.alpenlock.device.store.Account;
import io.alpenlock.device.store.DeviceState;
import io.alpenlock.device.store.DeviceStoreException;
import io.alpenlock.device.store.PendingKeyRotation;
import java.net.URI;
import java.util.List;

/**
 * {@code rotate-key}: replaces the device key by a new one ({@code POST /key-rotation} once per realm URL, signed by
 * the current key, with a proof of the new key in {@code DPoP-New-Key}).
 *
 * <p>The new key is saved as a <em>pending</em> key before any server sees it; the device key stays the old one.
 * After each realm's {@code 200} the state records that realm as moved (its accounts are then signed with the new
 * key). When every realm has moved, the new key becomes the device key and the old one is forgotten. If a realm
 * fails, the others are still tried, the old key is kept for the realms that did not move, and running
 * {@code rotate-key} again finishes the rotation with the same new key. A realm whose earlier answer was lost
 * (refused with 401 now, while the new key already sees the accounts) is recorded as moved.
 */
public final class RotateKeyCommand implements Command {

    @Override
    public String name() {
        return "rotate-key";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String description() {
        return "Replace the device key by a new one on every server (an unfinished rotation is resumed).";
    }

    @Override
    public int run(Arguments arguments, CommandContext context) throws UsageException, DeviceStoreException {
        arguments.expectPositionals();
        DeviceState state = context.store().load();
        if (state.accounts().isEmpty()) {
            context.out().println("No accounts on this device: nothing to rotate (state file "
                    + context.store().file() + ").");
            return DeviceClientMain.OK;
        }
        DeviceKeyPair oldKey = state.deviceKey().orElseThrow();
        if (state.rotation().isEmpty()) {
            state = state.withRotationStarted(DeviceKeyPair.generate(context.random()));
            context.store().save(state);
        } else {
            context.err().println("note: resuming the rotation to key "
                    + state.rotation().get().newKey().thumbprint() + " started earlier");
        }
        DeviceKeyPair newKey = state.rotation().map(PendingKeyRotation::newKey).orElseThrow();
        DeviceApi api = context.api(oldKey);
        int failed = 0;
        for (URI realmUrl : state.realmUrlsNotRotated()) {
            try {
                KeyRotationResult result = api.rotateKey(realmUrl, newKey);
                state = state.withRealmRotated(realmUrl);
                context.store().save(state);
                context.out().println("Moved " + AccountsCommand.count(result.updated(), "enrolment") + " at "
                        + realmUrl + " to the new key.");
            } catch (DeviceApiException e) {
                if (e.status() == 401 && alreadyMoved(api.withKey(newKey), realmUrl, state)) {
                    state = state.withRealmRotated(realmUrl);
                    context.store().save(state);
                    context.out().println("The enrolments at " + realmUrl + " were already on the new key (the "
                            + "answer to an earlier rotation was lost).");
                    continue;
                }
                context.err().println("error: " + realmUrl + ": " + e.getMessage());
                failed++;
            }
        }
        if (failed > 0) {
            int realms = state.realmUrls().size();
            context.err().println("The key rotation is unfinished: " + (realms - failed) + " of " + realms
                    + " servers use the new key; the old key is kept for the others. Run '" + DeviceClientMain.PROGRAM
                    + " rotate-key' again to finish.");
            return DeviceClientMain.FAILURE;
        }
        state = state.withRotationCompletedIfDone();
        context.store().save(state);
        context.out().println("The device key is now " + newKey.thumbprint() + " (was " + oldKey.thumbprint() + ").");
        return DeviceClientMain.OK;
    }

    /** Whether the new key already sees this device's enrolments in that realm (a rotation whose answer was lost). */
    private static boolean alreadyMoved(DeviceApi newKeyApi, URI realmUrl, DeviceState state) {
        List<String> local = state.accounts().stream().filter(a -> a.realmUrl().equals(realmUrl))
                .map(Account::credentialId).toList();
        try {
            return newKeyApi.accounts(realmUrl).stream().map(RemoteAccount::credentialId).anyMatch(local::contains);
        } catch (DeviceApiException e) {
            return false;
        }
    }
}
