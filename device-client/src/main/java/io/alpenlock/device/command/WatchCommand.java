package io.alpenlock.device.command;

import io.alpenlock.device.Arguments;
import io.alpenlock.device.Command;
import io.alpenlock.device.CommandContext;
import io.alpenlock.device.CommandFailedException;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.device.UsageException;
import io.alpenlock.device.store.DeviceState;
import io.alpenlock.device.store.DeviceStoreException;
import java.time.Duration;
import java.util.Set;

/**
 * {@code watch [--interval MS] [--auto] [--once]}: the stand-in for push notifications. Polls {@code GET /challenges}
 * of every realm of the accounts (one HTTP client with kept-alive connections, one realm after the other), prints each
 * new challenge and answers it: interactively ({@link InteractiveResponder}) or by itself ({@link AutoResponder},
 * which reads {@code <username> <number>} lines, and ends each result line with the time the answer arrived).
 * Interactive mode runs until interrupted; auto mode until standard input ends (then one last poll round answers what
 * the last lines allow). {@code --once}: one poll round, then exit.
 */
public final class WatchCommand implements Command {

    static final String INTERVAL = "--interval";
    static final String AUTO = "--auto";
    static final String ONCE = "--once";
    static final String INSTANT = "--instant";
    /** The server holds a long poll this long; below the client's default 10 s request timeout. */
    static final int LONG_POLL_SECONDS = 8;
    static final long DEFAULT_INTERVAL_MILLIS = 1000;
    static final long MIN_INTERVAL_MILLIS = 50;
    static final long MAX_INTERVAL_MILLIS = 600_000;

    @Override
    public String name() {
        return "watch";
    }

    @Override
    public String synopsis() {
        return "[" + INTERVAL + " MS] [" + AUTO + "] [" + ONCE + "]";
    }

    @Override
    public String description() {
        return "Wait for sign-ins (polling every MS milliseconds, default " + DEFAULT_INTERVAL_MILLIS + ") and answer "
                + "each as it comes; --auto approves without asking, taking '<username> <number>' lines from "
                + "standard input for number matching, until the input ends; --once polls once.";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(INTERVAL);
    }

    @Override
    public Set<String> flags() {
        return Set.of(AUTO, ONCE, INSTANT);
    }

    @Override
    public int run(Arguments arguments, CommandContext context)
            throws UsageException, CommandFailedException, DeviceStoreException {
        arguments.expectPositionals();
        Duration interval = interval(arguments);
        boolean auto = arguments.flag(AUTO);
        boolean once = arguments.flag(ONCE);
        boolean instant = arguments.flag(INSTANT);
        DeviceState state = context.store().load();
        if (state.accounts().isEmpty()) {
            throw new CommandFailedException("no accounts on this device: nothing to watch (state file "
                    + context.store().file() + ")");
        }
        ChallengeLister lister = new ChallengeLister(state, context.api(state.deviceKey().orElseThrow()));
        ChallengeAnswering answering = auto
                ? ChallengeAnswering.timestamped(lister, context.clock(), context.out(), context.err())
                : new ChallengeAnswering(lister, context.out(), context.err());
        InputLines lines = InputLines.start(context.in());
        ChallengeResponder responder = auto ? new AutoResponder(answering, context.clock(), context.out(),
                context.err()) : new InteractiveResponder(lines, answering, context.out(), context.err());
        ChallengeWatcher watcher = new ChallengeWatcher(lister, responder, context.clock(), context.out(),
                context.err());
        if (!once) {
            context.err().println("Watching " + AccountsCommand.count(lister.realmUrls().size(), "server")
                    + " for sign-ins every " + interval.toMillis() + " ms"
                    + (auto ? "; reading '<username> <number>' lines until the input ends." : "; Ctrl-C stops."));
        }
        if (instant && !once) {
            lister.realmUrls().forEach(realmUrl -> LongPoller.start(lister, realmUrl, LONG_POLL_SECONDS, lines::wake));
        }
        try {
            return loop(watcher, responder, lines, interval, auto, once);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted");
        }
    }

    private static int loop(ChallengeWatcher watcher, ChallengeResponder responder, InputLines lines,
            Duration interval, boolean auto, boolean once) throws InterruptedException {
        long nextPoll = System.nanoTime();
        while (true) {
            long wait = nextPoll - System.nanoTime();
            if (wait <= 0) {
                watcher.pollRound();
                if (once) {
                    return DeviceClientMain.OK;
                }
                nextPoll = System.nanoTime() + interval.toNanos();
            } else {
                InputLines.Line line = lines.poll(Duration.ofNanos(wait));
                if (line == InputLines.Line.WAKE) {
                    nextPoll = System.nanoTime(); // a long poll saw a new sign-in: look now
                    continue;
                }
                if (!auto) {
                    continue; // interactive: lines are read when a sign-in asks for an answer
                }
                if (line != null && line.isEnd()) {
                    watcher.pollRound();
                    return DeviceClientMain.OK;
                }
                if (line != null) {
                    responder.onLine(line.text());
                }
            }
        }
    }

    private static Duration interval(Arguments arguments) throws UsageException {
        if (arguments.value(INTERVAL).isEmpty()) {
            return Duration.ofMillis(DEFAULT_INTERVAL_MILLIS);
        }
        long millis;
        try {
            millis = Long.parseLong(arguments.value(INTERVAL).get());
        } catch (NumberFormatException e) {
            millis = -1;
        }
        if (millis < MIN_INTERVAL_MILLIS || millis > MAX_INTERVAL_MILLIS) {
            throw new UsageException(INTERVAL + " must be whole milliseconds from " + MIN_INTERVAL_MILLIS + " to "
                    + MAX_INTERVAL_MILLIS);
        }
        return Duration.ofMillis(millis);
    }
}
