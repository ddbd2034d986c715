package io.alpenlock.core.outbox;

import java.nio.file.Path;
import java.time.Clock;

/** Run in a separate JVM by {@link OutboxStoreProcessesTest}: {@code <directory> <writer name> <count> <cap>}. */
public final class OutboxWriterProcess {

    private OutboxWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        OutboxStore store = new OutboxStore(Path.of(args[0]), Integer.parseInt(args[3]), Clock.systemUTC());
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            store.record(OutboxEntry.sms("r", "+41790000000", args[1] + "-" + i));
        }
    }
}
