package io.alpenlock.device.command;

import io.alpenlock.device.Arguments;
import io.alpenlock.device.Command;
import io.alpenlock.device.CommandContext;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.device.UsageException;
import io.alpenlock.device.api.DeviceApiException;
import io.alpenlock.device.store.DeviceState;
import io.alpenlock.device.store.DeviceStoreException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code pending}: the open sign-in challenges of all accounts ({@code GET /challenges} once per realm URL), one row
 * each, with the short id that {@code approve}, {@code deny} and {@code not-me} accept.
 */
public final class PendingCommand implements Command {

    @Override
    public String name() {
        return "pending";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String description() {
        return "List the sign-ins waiting for this device's answer, in all accounts (the ID column is what "
                + "approve, deny and not-me take).";
    }

    @Override
    public int run(Arguments arguments, CommandContext context) throws UsageException, DeviceStoreException {
        arguments.expectPositionals();
        DeviceState state = context.store().load();
        if (state.accounts().isEmpty()) {
            context.out().println("No accounts on this device (state file " + context.store().file() + ").");
            return DeviceClientMain.OK;
        }
        ChallengeLister lister = new ChallengeLister(state, context.api(state.deviceKey().orElseThrow()));
        List<OpenChallenge> open = new ArrayList<>();
        int exitCode = DeviceClientMain.OK;
        for (URI realmUrl : lister.realmUrls()) {
            try {
                open.addAll(lister.fetch(realmUrl));
            } catch (DeviceApiException e) {
                context.err().println("error: " + realmUrl + ": " + e.getMessage());
                exitCode = DeviceClientMain.FAILURE;
            }
        }
        if (open.isEmpty()) {
            context.out().println(exitCode == DeviceClientMain.OK ? "No open sign-in challenges."
                    : "No open sign-in challenges on the servers that answered.");
            return exitCode;
        }
        open.sort(Comparator.comparing(c -> c.challenge().expiresAt()));
        context.out().println(AccountsCommand.count(open.size(), "open sign-in challenge") + ":");
        Map<String, String> shortIds = ChallengeText.shortIds(open.stream().map(OpenChallenge::id).toList());
        Instant now = context.clock().instant();
        Table table = new Table("ID", "ACCOUNT", "CLIENT", "BROWSER / OS", "IP", "LOCATION", "EXPIRES", "CHOICES");
        for (OpenChallenge challenge : open) {
            table.row(shortIds.get(challenge.id()), challenge.accountName(), challenge.challenge().client(),
                    ChallengeText.browserAndOs(challenge.challenge()), challenge.challenge().ipAddress(),
                    challenge.challenge().location(), ChallengeText.expiresIn(challenge.challenge(), now),
                    ChallengeText.choices(challenge.challenge()));
        }
        table.print(context.out(), "  ");
        return exitCode;
    }
}
