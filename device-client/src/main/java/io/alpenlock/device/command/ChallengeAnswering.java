package io.alpenlock.device.command;

import io.alpenlock.device.api.ChallengeAnswer;
import io.alpenlock.device.api.ChallengeResult;
import io.alpenlock.device.api.DeviceApiException;
import java.io.PrintStream;
import java.util.Optional;

/** Sends answers for {@code watch} and prints what became of them; failures are printed, not thrown. */
final class ChallengeAnswering {

    private final ChallengeLister lister;
    private final PrintStream out;
    private final PrintStream err;

    ChallengeAnswering(ChallengeLister lister, PrintStream out, PrintStream err) {
        this.lister = lister;
        this.out = out;
        this.err = err;
    }

    /** @return the result, or empty when the server refused or did not answer (the reason is printed) */
    Optional<ChallengeResult> answer(OpenChallenge open, String shortId, ChallengeAnswer answer) {
        try {
            ChallengeResult result = lister.apiFor(open.realmUrl()).answer(open.realmUrl(), open.id(), answer);
            out.println("  " + ChallengeText.result(result, open));
            return Optional.of(result);
        } catch (DeviceApiException e) {
            err.println("error: " + (e.status() == 404 ? ChallengeText.notOpen(shortId) : e.getMessage()));
            return Optional.empty();
        }
    }
}
