package io.alpenlock.device.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The lines of standard input, read by a daemon thread so that a command can wait for a line and for other things
 * at once. After the end of the input (or a read error) every call returns {@link Line#END}.
 */
final class InputLines {

    /** One line without its line terminator, or the end of the input. */
    record Line(String text) {

        static final Line END = new Line(null);
        /** Not a line: another thread asks the reader of the lines to look at something else now. */
        static final Line WAKE = new Line("");

        boolean isEnd() {
            return text == null;
        }
    }

    private final BlockingQueue<Line> queue = new LinkedBlockingQueue<>();
    private volatile boolean ended;

    private InputLines() {
    }

    static InputLines start(InputStream in) {
        InputLines lines = new InputLines();
        Thread reader = new Thread(() -> lines.read(in), "alpenlock-device-input");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private void read(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                queue.add(new Line(text));
            }
        } catch (IOException e) {
            // a closed or broken input ends it, like the end of file
        } finally {
            queue.add(Line.END);
        }
    }

    /** Makes a waiting {@link #poll} return {@link Line#WAKE} now (or the next call, if none waits). */
    void wake() {
        queue.add(Line.WAKE);
    }

    /** The next line, or {@link Line#END}; waits as long as needed. */
    Line take() throws InterruptedException {
        return ended ? Line.END : seen(queue.take());
    }

    /** The next line, {@link Line#END}, or null when none came within {@code timeout}. */
    Line poll(Duration timeout) throws InterruptedException {
        return ended ? Line.END : seen(queue.poll(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS));
    }

    private Line seen(Line line) {
        if (line != null && line.isEnd()) {
            ended = true;
        }
        return line;
    }
}
