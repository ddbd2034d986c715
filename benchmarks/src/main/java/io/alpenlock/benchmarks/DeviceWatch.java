package io.alpenlock.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone: the reference device client's {@code watch --auto} as a separate process, holding all push users'
 * accounts in one state file (one app, several accounts). The benchmark types {@code <username> <number>} lines, as a
 * person picks the number shown on the sign-in page; the client's result lines carry the moment the server's answer
 * arrived ({@code … (at 2026-11-25T10:15:30.123Z)}), which is handed to the login that waits for it.
 */
final class DeviceWatch implements AutoCloseable {

    /** What the app's answer became, and when the client had the server's answer. */
    record Answer(boolean approved, Instant at) {
    }

    static final Pattern RESULT = Pattern.compile(
            "^\\s+(Approved|Wrong number:) the sign-in of (\\S+?)(?: to .*|\\.) \\(at ([0-9T:.\\-]+Z)\\)$");

    private final Process process;
    private final PrintWriter input;
    private final Writer log;
    private final Map<String, BlockingQueue<Answer>> answers = new ConcurrentHashMap<>();
    private final AtomicLong errorLines = new AtomicLong();
    private final List<Thread> readers = new ArrayList<>();

    private DeviceWatch(Process process, Writer log) {
        this.process = process;
        this.input = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), false);
        this.log = log;
    }

    static DeviceWatch start(List<String> cliCommand, Path stateFile, long intervalMillis, Path logFile)
            throws IOException {
        List<String> command = new ArrayList<>(cliCommand);
        // --instant: the server's long poll stands in for FCM; --interval is only the fallback look
        command.addAll(List.of("--state", stateFile.toString(), "watch", "--auto", "--instant", "--interval",
                Long.toString(intervalMillis)));
        Process process = new ProcessBuilder(command).start();
        Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        DeviceWatch watch = new DeviceWatch(process, log);
        watch.read(process.getInputStream(), false);
        watch.read(process.getErrorStream(), true);
        return watch;
    }

    /** What a person does after reading the number on the sign-in page: pick it in the app. */
    synchronized void pickNumber(String username, int number) {
        input.println(username + " " + number);
        input.flush();
    }

    /** The answer the app sent for this user's sign-in, waiting for its line at most {@code timeout}. */
    Optional<Answer> awaitAnswer(String username, Duration timeout) throws InterruptedException {
        return Optional.ofNullable(queue(username).poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Drops answers nobody waited for (after a failed login), so that the next login gets its own. */
    void forget(String username) {
        queue(username).clear();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    long errorLines() {
        return errorLines.get();
    }

    /** Ends the input (the client then makes one last round and exits), and makes sure the process is gone. */
    @Override
    public void close() {
        synchronized (this) {
            input.close();
        }
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            for (Thread reader : readers) {
                reader.join(5000);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        synchronized (log) {
            try {
                log.close();
            } catch (IOException e) {
                // the log is only for reading afterwards
            }
        }
    }

    private BlockingQueue<Answer> queue(String username) {
        return answers.computeIfAbsent(username.toLowerCase(Locale.ROOT), u -> new LinkedBlockingQueue<>());
    }

    private void read(InputStream stream, boolean errors) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (log) {
                        log.write((errors ? "[err] " : "") + line + "\n");
                    }
                    if (errors && line.startsWith("error:")) {
                        errorLines.incrementAndGet();
                    }
                    Matcher result = RESULT.matcher(line);
                    if (!errors && result.matches()) {
                        queue(result.group(2)).add(new Answer(result.group(1).equals("Approved"),
                                Instant.parse(result.group(3))));
                    }
                }
            } catch (IOException e) {
                if (process.isAlive()) {
                    throw new UncheckedIOException(e);
                }
            }
        }, "device-watch-" + (errors ? "err" : "out"));
        reader.setDaemon(true);
        reader.start();
        readers.add(reader);
    }
}
