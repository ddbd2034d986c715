package io.alpenlock.device.command;

import io.alpenlock.device.Arguments;
import io.alpenlock.device.Command;
import io.alpenlock.device.CommandContext;
import io.alpenlock.device.Commands;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.device.UsageException;
import io.alpenlock.device.api.DeviceApi;
import io.alpenlock.device.store.DeviceStore;
import java.io.PrintStream;
import java.util.List;

/** {@code help [command]}: the commands, the global options and the exit codes. */
public final class HelpCommand implements Command {

    private final Commands commands;

    public HelpCommand(Commands commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String synopsis() {
        return "[command]";
    }

    @Override
    public String description() {
        return "Show this help, or the usage of one command.";
    }

    @Override
    public int run(Arguments arguments, CommandContext context) throws UsageException {
        List<String> positionals = arguments.positionals();
        if (positionals.size() > 1) {
            throw new UsageException("unexpected argument '" + positionals.get(1) + "'");
        }
        if (positionals.isEmpty()) {
            printOverview(commands, context.out());
            return DeviceClientMain.OK;
        }
        Command command = commands.find(positionals.get(0))
                .orElseThrow(() -> new UsageException("unknown command '" + positionals.get(0) + "'"));
        context.out().println("usage: " + DeviceClientMain.PROGRAM + " " + command.usage());
        context.out().println(command.description());
        return DeviceClientMain.OK;
    }

    /** The whole help: what the client is, every command, the global options and the exit codes. */
    public static void printOverview(Commands commands, PrintStream out) {
        String program = DeviceClientMain.PROGRAM;
        out.println("Alpenlock device client: does what the Alpenlock authenticator app does (docs/device-api.md).");
        out.println();
        out.println("usage: " + program + " [" + DeviceClientMain.STATE_OPTION + " FILE] ["
                + DeviceClientMain.TIMEOUT_OPTION + " SECONDS] <command> [arguments]");
        out.println();
        out.println("commands:");
        for (Command command : commands.all()) {
            out.println("  " + command.usage());
            out.println("      " + command.description());
        }
        out.println();
        out.println("options:");
        out.println("  " + DeviceClientMain.STATE_OPTION + " FILE       the state file (device key and accounts); "
                + "default $" + DeviceStore.STATE_VARIABLE + ", else ~/.alpenlock/device.json");
        out.println("  " + DeviceClientMain.TIMEOUT_OPTION + " SECONDS  connect and request timeout (default "
                + DeviceApi.DEFAULT_TIMEOUT.toSeconds() + "); after 'connect': how long to wait for the sign-in");
        out.println();
        out.println("exit codes: " + DeviceClientMain.OK + " success, " + DeviceClientMain.FAILURE
                + " refused by the server or failed (reason printed), " + DeviceClientMain.USAGE + " bad arguments");
    }
}
