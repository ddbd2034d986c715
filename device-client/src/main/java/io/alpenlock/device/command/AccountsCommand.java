package io.alpenlock.device.command;

import io.alpenlock.device.Arguments;
import io.alpenlock.device.Command;
import io.alpenlock.device.CommandContext;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.device.UsageException;
import io.alpenlock.device.api.DeviceApi;
import io.alpenlock.device.api.DeviceApiException;
import io.alpenlock.device.api.Printable;
import io.alpenlock.device.api.RemoteAccount;
import io.alpenlock.device.store.Account;
import io.alpenlock.device.store.DeviceState;
import io.alpenlock.device.store.DeviceStoreException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * {@code accounts [--remote]}: the accounts this device is enrolled with; with {@code --remote} also what each server
 * knows ({@code GET /accounts} once per realm URL), marking the differences.
 */
public final class AccountsCommand implements Command {

    static final String REMOTE = "--remote";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public String synopsis() {
        return "[--remote]";
    }

    @Override
    public String description() {
        return "List the accounts of this device; with --remote also ask each server which enrolments of this "
                + "device key it knows.";
    }

    @Override
    public Set<String> flags() {
        return Set.of(REMOTE);
    }

    @Override
    public int run(Arguments arguments, CommandContext context)
            throws UsageException, DeviceStoreException {
        arguments.expectPositionals();
        DeviceState state = context.store().load();
        if (state.accounts().isEmpty()) {
            context.out().println("No accounts on this device (state file " + context.store().file() + ").");
            return DeviceClientMain.OK;
        }
        context.out().println(count(state.accounts().size(), "account") + " on this device (device key "
                + state.deviceKey().orElseThrow().thumbprint() + "):");
        Table local = new Table("CREDENTIAL ID", "USERNAME", "ISSUER", "LABEL", "REALM URL");
        for (Account account : state.accounts()) {
            local.row(account.credentialId(), account.username(), account.issuer(), account.label(),
                    account.realmUrl().toString());
        }
        local.print(context.out(), "  ");
        state.rotation().ifPresent(rotation -> context.out().println("  Key rotation unfinished: "
                + count(rotation.rotatedRealmUrls().size(), "server") + " moved to the new key "
                + rotation.newKey().thumbprint() + "; finish it with: " + DeviceClientMain.PROGRAM + " rotate-key"));
        if (!arguments.flag(REMOTE)) {
            return DeviceClientMain.OK;
        }
        DeviceApi api = context.api(state.deviceKey().orElseThrow());
        int exitCode = DeviceClientMain.OK;
        for (URI realmUrl : state.realmUrls()) {
            context.out().println();
            try {
                printRemote(context, state, realmUrl, api.withKey(state.keyFor(realmUrl)).accounts(realmUrl));
            } catch (DeviceApiException e) {
                context.out().println("Server " + realmUrl + ": not available");
                context.err().println("error: " + realmUrl + ": " + e.getMessage());
                exitCode = DeviceClientMain.FAILURE;
            }
        }
        return exitCode;
    }

    private static void printRemote(CommandContext context, DeviceState state, URI realmUrl,
            List<RemoteAccount> remote) {
        context.out().println("Server " + realmUrl + " knows " + count(remote.size(), "enrolment")
                + " of this device key" + (remote.isEmpty() ? "." : ":"));
        if (!remote.isEmpty()) {
            Table table = new Table("CREDENTIAL ID", "USERNAME", "ISSUER", "LABEL", "CREATED", "ON THIS DEVICE");
            for (RemoteAccount account : remote) {
                boolean local = state.accounts().stream().anyMatch(a -> a.realmUrl().equals(realmUrl)
                        && a.credentialId().equals(account.credentialId()));
                table.row(account.credentialId(), account.username(), account.issuer(), account.label(),
                        created(account.createdAt()), local ? "yes" : "no");
            }
            table.print(context.out(), "  ");
        }
        for (Account account : state.accounts()) {
            boolean known = remote.stream().anyMatch(r -> r.credentialId().equals(account.credentialId()));
            if (account.realmUrl().equals(realmUrl) && !known) {
                String id = Printable.of(account.credentialId(), Table.MAX_CELL);
                context.out().println("  Not known to the server (removed in the account's 2FA settings?): " + id
                        + "; remove it here with: " + DeviceClientMain.PROGRAM + " unenroll " + id);
            }
        }
    }

    private static String created(Instant instant) {
        return instant == null ? null : CREATED.format(instant.truncatedTo(ChronoUnit.MINUTES));
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
