package io.alpenlock.device.command;

import io.alpenlock.device.Arguments;
import io.alpenlock.device.Command;
import io.alpenlock.device.CommandContext;
import io.alpenlock.device.CommandFailedException;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.device.UsageException;
import io.alpenlock.device.api.DeviceApiException;
import io.alpenlock.device.api.Printable;
import io.alpenlock.device.store.Account;
import io.alpenlock.device.store.DeviceState;
import io.alpenlock.device.store.DeviceStoreException;
import java.util.List;

/**
 * {@code unenroll <credentialId>}: {@code DELETE /accounts/{credentialId}}, then forgets the account here. When the
 * server answers 404 (already removed, e.g. from the account's 2FA settings) the account is forgotten too, with a
 * note; on any other error it is kept.
 */
public final class UnenrollCommand implements Command {

    @Override
    public String name() {
        return "unenroll";
    }

    @Override
    public String synopsis() {
        return "<credentialId>";
    }

    @Override
    public String description() {
        return "Remove this device from an account (on the server, then here); the id is shown by 'accounts'.";
    }

    @Override
    public int run(Arguments arguments, CommandContext context)
            throws UsageException, CommandFailedException, DeviceApiException, DeviceStoreException {
        String credentialId = arguments.expectPositionals("<credentialId>").get(0);
        DeviceState state = context.store().load();
        List<Account> matches = state.accountsWithId(credentialId);
        if (matches.isEmpty()) {
            throw new CommandFailedException("no account with credential id " + Printable.of(credentialId, 80)
                    + " on this device (see '" + DeviceClientMain.PROGRAM + " accounts')");
        }
        if (matches.size() > 1) {
            throw new CommandFailedException("several accounts have the credential id "
                    + Printable.of(credentialId, 80) + "; remove them from the state file by hand");
        }
        Account account = matches.get(0);
        String name = Printable.of(account.username(), 200) + " (" + Printable.of(account.issuer(), 200) + ")";
        try {
            context.api(state.keyFor(account.realmUrl())).unenroll(account.realmUrl(), credentialId);
        } catch (DeviceApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            context.store().save(state.withoutAccount(account));
            context.out().println("The server no longer knows this enrolment of " + name
                    + " (already removed?); removed it from this device.");
            return DeviceClientMain.OK;
        }
        context.store().save(state.withoutAccount(account));
        context.out().println("Unenrolled " + name + ", " + Printable.of(account.label(), 200) + ".");
        return DeviceClientMain.OK;
    }
}
