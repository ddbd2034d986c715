package io.alpenlock.device.command;

import io.alpenlock.device.api.ChallengeAnswer;
import io.alpenlock.device.api.ChallengeResult;
import io.alpenlock.device.api.DeviceApiException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Sends answers for {@code watch} and prints what became of them; failures are printed, not thrown. When made
 * {@link #timestamped}, each result line ends with the moment the server's answer arrived, in UTC with milliseconds
 * ({@code (at 2026-03-02T10:15:20.123Z)}), so that a benchmark can time what follows an approval.
 */
final class ChallengeAnswering {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final ChallengeLister lister;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    ChallengeAnswering(ChallengeLister lister, PrintStream out, PrintStream err) {
        this(lister, out, err, null);
    }

    private ChallengeAnswering(ChallengeLister lister, PrintStream out, PrintStream err, Clock clock) {
        this.lister = lister;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Result lines end with {@code (at <UTC time with milliseconds>)}, read from {@code clock} when the answer came. */
    static ChallengeAnswering timestamped(ChallengeLister lister, Clock clock, PrintStream out, PrintStream err) {
        return new ChallengeAnswering(lister, out, err, clock);
    }

    /** @return the result, or empty when the server refused or did not answer (the reason is printed) */
    Optional<ChallengeResult> answer(OpenChallenge open, String shortId, ChallengeAnswer answer) {
        try {
            ChallengeResult result = lister.apiFor(open.realmUrl()).answer(open.realmUrl(), open.id(), answer);
            String at = clock == null ? "" : " (at " + TIMESTAMP.format(clock.instant()) + ")";
            out.println("  " + ChallengeText.result(result, open) + at);
            return Optional.of(result);
        } catch (DeviceApiException e) {
            err.println("error: " + (e.status() == 404 ? ChallengeText.notOpen(shortId) : e.getMessage()));
            return Optional.empty();
        }
    }
}
