package io.alpenlock.device.command;

import io.alpenlock.device.Arguments;
import io.alpenlock.device.Command;
import io.alpenlock.device.CommandContext;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.device.UsageException;
import io.alpenlock.device.store.Account;
import io.alpenlock.device.store.DeviceState;
import io.alpenlock.device.store.DeviceStoreException;
import java.time.Instant;

/**
 * {@code codes}: the current offline code (TOTP) of every account and how long it stays current. Computed here from
 * the secret the server gave at enrolment: no network, as the app does on a phone without internet.
 */
public final class CodesCommand implements Command {

    @Override
    public String name() {
        return "codes";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String description() {
        return "Show the current offline code of every account (computed on this device, no network).";
    }

    @Override
    public int run(Arguments arguments, CommandContext context) throws UsageException, DeviceStoreException {
        arguments.expectPositionals();
        DeviceState state = context.store().load();
        if (state.accounts().isEmpty()) {
            context.out().println("No accounts on this device (state file " + context.store().file() + ").");
            return DeviceClientMain.OK;
        }
        Instant now = context.clock().instant();
        Table table = new Table("CODE", "VALID FOR", "USERNAME", "ISSUER", "LABEL");
        for (Account account : state.accounts()) {
            table.row(account.totp().code(now), account.totp().secondsLeft(now) + " s", account.username(),
                    account.issuer(), account.label());
        }
        table.print(context.out(), "");
        return DeviceClientMain.OK;
    }
}
