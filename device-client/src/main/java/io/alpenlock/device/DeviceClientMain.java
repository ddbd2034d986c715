package io.alpenlock.device;

import io.alpenlock.device.api.DeviceApi;
import io.alpenlock.device.api.DeviceApiException;
import io.alpenlock.device.api.Printable;
import io.alpenlock.device.command.HelpCommand;
import io.alpenlock.device.store.DeviceStore;
import io.alpenlock.device.store.DeviceStoreException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reference device client: {@code alpenlock-device [--state FILE] [--timeout SECONDS] <command> [arguments]}.
 *
 * <p>Exit codes: {@value #OK} success, {@value #FAILURE} the server, the state file or the command refused (the
 * reason is printed), {@value #USAGE} bad arguments (the usage is printed).
 */
public final class DeviceClientMain {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    public static final String PROGRAM = "alpenlock-device";
    public static final String STATE_OPTION = "--state";
    public static final String TIMEOUT_OPTION = "--timeout";
    static final Set<String> GLOBAL_OPTIONS = Set.of(STATE_OPTION, TIMEOUT_OPTION);
    static final int MAX_TIMEOUT_SECONDS = 600;

    private DeviceClientMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, ClientEnvironment.system()));
    }

    public static int run(String[] args, ClientEnvironment environment) {
        return run(args, environment, Commands.standard());
    }

    /** Runs one command and returns the exit code; never calls {@code System.exit}. */
    public static int run(String[] args, ClientEnvironment environment, Commands commands) {
        // global options may come before the command name (and after it, with the command's own options)
        List<String> global = new ArrayList<>();
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            if (args[i].equals("-h") || args[i].equals("--help")) {
                HelpCommand.printOverview(commands, environment.out());
                return OK;
            }
            global.add(args[i]);
            if (GLOBAL_OPTIONS.contains(args[i]) && i + 1 < args.length) {
                global.add(args[++i]);
            }
            i++;
        }
        if (i == args.length) {
            environment.err().println("error: no command given");
            HelpCommand.printOverview(commands, environment.err());
            return USAGE;
        }
        Command command = commands.find(args[i]).orElse(null);
        if (command == null) {
            return usageError(environment, null, args[i].contains("://")
                    ? "no command given before the link (enrol with: " + PROGRAM + " enroll '<link>')"
                    : "unknown command '" + Printable.of(args[i], 40) + "'");
        }
        List<String> rest = List.of(args).subList(i + 1, args.length);
        if (rest.contains("-h") || rest.contains("--help")) {
            environment.out().println("usage: " + PROGRAM + " " + command.usage());
            environment.out().println(command.description());
            return OK;
        }
        try {
            // a command may give a global option's name a meaning of its own (connect --timeout: how long to wait
            // for the browser); then that option is global only before the command name
            Set<String> own = new HashSet<>(command.valueOptions());
            own.retainAll(GLOBAL_OPTIONS);
            List<String> all = new ArrayList<>(own.isEmpty() ? global : List.of());
            all.addAll(rest);
            Set<String> valueOptions = new HashSet<>(command.valueOptions());
            valueOptions.addAll(GLOBAL_OPTIONS);
            Arguments arguments = Arguments.parse(all, valueOptions, command.flags());
            Arguments before = own.isEmpty() ? arguments : Arguments.parse(global, GLOBAL_OPTIONS, Set.of());
            return command.run(arguments, context(before, own, arguments, environment));
        } catch (UsageException e) {
            return usageError(environment, command, e.getMessage());
        } catch (CommandFailedException | DeviceApiException | DeviceStoreException e) {
            environment.err().println("error: " + e.getMessage());
            return FAILURE;
        } catch (RuntimeException e) {
            environment.err().println("error: unexpected failure (" + e.getClass().getName() + ")");
            return FAILURE;
        }
    }

    /**
     * @param global    where the global options are read
     * @param own       the global option names the command uses for itself
     * @param arguments the command's arguments (a global option the command does not own may also be there)
     */
    private static CommandContext context(Arguments global, Set<String> own, Arguments arguments,
            ClientEnvironment environment) throws UsageException {
        String state = option(global, own, arguments, STATE_OPTION);
        DeviceStore store = new DeviceStore(DeviceStore.locate(state, environment.variables(), environment.home()),
                environment.random());
        Duration timeout = DeviceApi.DEFAULT_TIMEOUT;
        String text = option(global, own, arguments, TIMEOUT_OPTION);
        if (text != null) {
            int seconds;
            try {
                seconds = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                seconds = -1;
            }
            if (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
                throw new UsageException(TIMEOUT_OPTION + " must be whole seconds from 1 to " + MAX_TIMEOUT_SECONDS);
            }
            timeout = Duration.ofSeconds(seconds);
        }
        return new CommandContext(environment.out(), environment.err(), store, environment.clock(),
                environment.random(), timeout, environment.in());
    }

    private static String option(Arguments global, Set<String> own, Arguments arguments, String name)
            throws UsageException {
        String value = global.value(name).orElse(null);
        if (global != arguments && !own.contains(name) && arguments.value(name).isPresent()) {
            if (value != null) {
                throw new UsageException(name + " is given twice");
            }
            value = arguments.value(name).get();
        }
        return value;
    }

    private static int usageError(ClientEnvironment environment, Command command, String message) {
        environment.err().println("error: " + message);
        if (command != null) {
            environment.err().println("usage: " + PROGRAM + " " + command.usage());
        }
        environment.err().println("Run '" + PROGRAM + " help' for the commands and options.");
        return USAGE;
    }
}
