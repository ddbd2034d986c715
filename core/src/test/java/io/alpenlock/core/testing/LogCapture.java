package io.alpenlock.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what a class logs through JBoss Logging (tests run with {@code org.jboss.logging.provider=jdk}, so it
 * ends up in java.util.logging). Use with try-with-resources.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level previous;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Class<?> type) {
        this.logger = Logger.getLogger(type.getName());
        this.previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    public static LogCapture of(Class<?> type) {
        return new LogCapture(type);
    }

    /** Formatted messages at exactly this level. */
    public List<String> messages(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(this::format).toList();
    }

    public List<String> all() {
        return records.stream().map(this::format).toList();
    }

    private String format(LogRecord record) {
        return new java.util.logging.SimpleFormatter().formatMessage(record);
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }
}
