package io.alpenlock.device;

import io.alpenlock.device.command.AccountsCommand;
import io.alpenlock.device.command.CodesCommand;
import io.alpenlock.device.command.EnrollCommand;
import io.alpenlock.device.command.HelpCommand;
import io.alpenlock.device.command.UnenrollCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The commands the client knows, by name, in the order the help lists them. */
public final class Commands {

    private final Map<String, Command> byName = new LinkedHashMap<>();

    /**
     * The commands of this version.
     *
     * <p><b>Extension point (push approval).</b> The challenge commands come with the push-approval work, each as one
     * small class in {@code io.alpenlock.device.command}, registered here before {@code help}, with their calls added
     * to {@link io.alpenlock.device.api.DeviceApi} (docs/device-api.md, "Challenges"):
     * <ul>
     *   <li>{@code connect}: "connect from this mobile" enrolment (OIDC login on the device, then enrol);</li>
     *   <li>{@code pending}: list the open login challenges of every account;</li>
     *   <li>{@code approve <challenge> <number>}, {@code deny <challenge>}, {@code not-me <challenge>};</li>
     *   <li>{@code watch}: wait for challenges (the stand-in for a push) and show them as they arrive.</li>
     * </ul>
     */
    public static Commands standard() {
        Commands commands = new Commands();
        commands.register(new EnrollCommand());
        commands.register(new AccountsCommand());
        commands.register(new UnenrollCommand());
        commands.register(new CodesCommand());
        // push approval (planned): connect, pending, approve, deny, not-me, watch
        commands.register(new HelpCommand(commands));
        return commands;
    }

    public Commands register(Command command) {
        if (byName.putIfAbsent(command.name(), command) != null) {
            throw new IllegalArgumentException("two commands named " + command.name());
        }
        return this;
    }

    public Optional<Command> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Command> all() {
        return List.copyOf(byName.values());
    }
}
