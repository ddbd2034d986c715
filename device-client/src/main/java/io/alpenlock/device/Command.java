package io.alpenlock.device;

import io.alpenlock.device.api.DeviceApiException;
import io.alpenlock.device.store.DeviceStoreException;
import java.util.Set;

/** One command of the client ({@code enroll}, {@code accounts}, …). Registered in {@link Commands}. */
public interface Command {

    /** What the user types, e.g. {@code enroll}. */
    String name();

    /** The arguments after the name, for the usage text, e.g. {@code <link> [--label NAME]}. */
    String synopsis();

    /** The usage line without the program name, e.g. {@code enroll <link> [--label NAME]}. */
    default String usage() {
        return (name() + " " + synopsis()).strip();
    }

    /** One sentence for the help. */
    String description();

    /** Options that take a value (the global {@code --state} and {@code --timeout} are added by the client). */
    default Set<String> valueOptions() {
        return Set.of();
    }

    /** Options without a value. */
    default Set<String> flags() {
        return Set.of();
    }

    /** @return the exit code: {@link DeviceClientMain#OK} or {@link DeviceClientMain#FAILURE} */
    int run(Arguments arguments, CommandContext context)
            throws UsageException, CommandFailedException, DeviceApiException, DeviceStoreException;
}
