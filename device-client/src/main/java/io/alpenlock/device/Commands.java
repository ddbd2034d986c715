package io.alpenlock.device;

import io.alpenlock.device.command.AccountsCommand;
import io.alpenlock.device.command.ApproveCommand;
import io.alpenlock.device.command.CodesCommand;
import io.alpenlock.device.command.ConnectCommand;
import io.alpenlock.device.command.DenyCommand;
import io.alpenlock.device.command.EnrollCommand;
import io.alpenlock.device.command.HelpCommand;
import io.alpenlock.device.command.NotMeCommand;
import io.alpenlock.device.command.PendingCommand;
import io.alpenlock.device.command.PushTokenCommand;
import io.alpenlock.device.command.RotateKeyCommand;
import io.alpenlock.device.command.UnenrollCommand;
import io.alpenlock.device.command.WatchCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The commands the client knows, by name, in the order the help lists them. */
public final class Commands {

    private final Map<String, Command> byName = new LinkedHashMap<>();

    /**
     * The commands of this version, in the order the help lists them. Each is one small class in
     * {@code io.alpenlock.device.command}, registered here before {@code help}, with its calls in
     * {@link io.alpenlock.device.api.DeviceApi}: enrolment ({@code enroll}, {@code connect}), accounts
     * ({@code accounts}, {@code unenroll}, {@code codes}), push approval ({@code pending}, {@code approve},
     * {@code deny}, {@code not-me}, {@code watch}) and device upkeep ({@code push-token}, {@code rotate-key}).
     */
    public static Commands standard() {
        Commands commands = new Commands();
        commands.register(new EnrollCommand());
        commands.register(new ConnectCommand());
        commands.register(new AccountsCommand());
        commands.register(new UnenrollCommand());
        commands.register(new CodesCommand());
        commands.register(new PendingCommand());
        commands.register(new ApproveCommand());
        commands.register(new DenyCommand());
        commands.register(new NotMeCommand());
        commands.register(new WatchCommand());
        commands.register(new PushTokenCommand());
        commands.register(new RotateKeyCommand());
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
