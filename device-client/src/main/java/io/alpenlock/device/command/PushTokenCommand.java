package io.alpenlock.device.command;

import io.alpenlock.device.Arguments;
import io.alpenlock.device.Command;
import io.alpenlock.device.CommandContext;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.device.UsageException;
import io.alpenlock.device.api.DeviceApi;
import io.alpenlock.device.api.DeviceApiException;
import io.alpenlock.device.store.DeviceState;
import io.alpenlock.device.store.DeviceStoreException;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * {@code push-token <token|--clear>}: gives every server the device's new FCM registration token, or clears it
 * ({@code PUT /push-token} once per realm URL; each server updates all this key's enrolments in that realm). What an
 * app does when FCM rotates its token. The token is never printed.
 */
public final class PushTokenCommand implements Command {

    static final String CLEAR = "--clear";
    static final int MAX_TOKEN_LENGTH = 4096;

    @Override
    public String name() {
        return "push-token";
    }

    @Override
    public String synopsis() {
        return "<token|" + CLEAR + ">";
    }

    @Override
    public String description() {
        return "Set the push (FCM registration) token of all enrolments of this device, or clear it.";
    }

    @Override
    public Set<String> flags() {
        return Set.of(CLEAR);
    }

    @Override
    public int run(Arguments arguments, CommandContext context) throws UsageException, DeviceStoreException {
        String token = token(arguments);
        DeviceState state = context.store().load();
        if (state.accounts().isEmpty()) {
            context.out().println("No accounts on this device (state file " + context.store().file() + ").");
            return DeviceClientMain.OK;
        }
        DeviceApi api = context.api(state.deviceKey().orElseThrow());
        int exitCode = DeviceClientMain.OK;
        for (URI realmUrl : state.realmUrls()) {
            try {
                int updated = api.withKey(state.keyFor(realmUrl)).updatePushToken(realmUrl, token);
                context.out().println((token == null ? "Cleared the push token of " : "Set the push token of ")
                        + AccountsCommand.count(updated, "enrolment") + " at " + realmUrl + ".");
            } catch (DeviceApiException e) {
                context.err().println("error: " + realmUrl + ": " + e.getMessage());
                exitCode = DeviceClientMain.FAILURE;
            }
        }
        return exitCode;
    }

    /** The token, or null for {@value #CLEAR}. */
    private static String token(Arguments arguments) throws UsageException {
        List<String> positionals = arguments.positionals();
        if (arguments.flag(CLEAR)) {
            if (!positionals.isEmpty()) {
                throw new UsageException("give a token or " + CLEAR + ", not both");
            }
            return null;
        }
        String token = arguments.expectPositionals("<token> (or " + CLEAR + ")").get(0);
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH
                || !token.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new UsageException("the push token must be 1 to " + MAX_TOKEN_LENGTH + " printable ASCII "
                    + "characters without spaces");
        }
        return token;
    }
}
