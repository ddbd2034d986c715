package io.alpenlock.device.command;

import io.alpenlock.device.api.ChallengeAnswer;
import java.io.PrintStream;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code watch} without {@code --auto}: asks for each new challenge on standard input. With number matching the
 * person types the number shown on the sign-in page; otherwise {@code a} approves. {@code d} denies, {@code n} reports
 * "not me", an empty line skips. Once standard input is closed, challenges are only shown.
 */
final class InteractiveResponder implements ChallengeResponder {

    private final InputLines lines;
    private final ChallengeAnswering answering;
    private final PrintStream out;
    private final PrintStream err;
    private boolean inputClosed;

    InteractiveResponder(InputLines lines, ChallengeAnswering answering, PrintStream out, PrintStream err) {
        this.lines = lines;
        this.answering = answering;
        this.out = out;
        this.err = err;
    }

    @Override
    public void onNew(OpenChallenge challenge, String shortId) throws InterruptedException {
        if (inputClosed) {
            return;
        }
        boolean numberMatching = challenge.challenge().numberMatching();
        out.print(numberMatching ? "  Number to approve (d deny, n not me, empty skip): "
                : "  Approve? (a approve, d deny, n not me, empty skip): ");
        out.flush();
        InputLines.Line line = lines.take();
        while (line == InputLines.Line.WAKE) {
            line = lines.take(); // a long poll's nudge, not the user's answer
        }
        if (line.isEnd()) {
            inputClosed = true;
            out.println();
            err.println("note: standard input is closed: sign-ins are shown, not answered");
            return;
        }
        String answer = line.text().strip().toLowerCase(Locale.ROOT);
        Optional<Integer> number = ApproveCommand.parse(answer);
        if (answer.isEmpty()) {
            out.println("  Skipped.");
        } else if (answer.equals("d")) {
            answering.answer(challenge, shortId, ChallengeAnswer.deny());
        } else if (answer.equals("n")) {
            answering.answer(challenge, shortId, ChallengeAnswer.notMe());
        } else if (numberMatching && number.isPresent()) {
            answering.answer(challenge, shortId, ChallengeAnswer.approve(number.get()));
        } else if (!numberMatching && answer.equals("a")) {
            answering.answer(challenge, shortId, ChallengeAnswer.approve());
        } else {
            out.println("  Not understood; skipped.");
        }
    }

    @Override
    public void onLine(String line) {
        // answers are read when a question is asked; other lines are ignored
    }

    @Override
    public void onStillOpen(URI realmUrl, Set<String> openIds) {
        // nothing is kept between questions
    }
}
