package io.alpenlock.device.command;

import io.alpenlock.device.api.ChallengeAnswer;
import io.alpenlock.device.api.Printable;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code watch --auto}: answers without asking. A challenge without number matching is approved at once. For number
 * matching, standard input brings lines {@code <username> <number>} (the number the person reads on the sign-in
 * page); a challenge of an account with that username whose choices include the number is approved with it as soon
 * as both are known, whichever comes first. A number waits up to {@link #NUMBER_KEPT} for its challenge; a challenge
 * waits while it is open.
 */
final class AutoResponder implements ChallengeResponder {

    static final Duration NUMBER_KEPT = Duration.ofMinutes(2);

    private record Waiting(OpenChallenge challenge, String shortId) {
    }

    private record Noted(int number, Instant at) {
    }

    private final ChallengeAnswering answering;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;
    private final List<Waiting> waiting = new ArrayList<>();
    private final Map<String, Deque<Noted>> numbers = new HashMap<>();

    AutoResponder(ChallengeAnswering answering, Clock clock, PrintStream out, PrintStream err) {
        this.answering = answering;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    @Override
    public void onNew(OpenChallenge challenge, String shortId) {
        if (!challenge.challenge().numberMatching()) {
            answering.answer(challenge, shortId, ChallengeAnswer.approve());
            return;
        }
        if (challenge.account() == null) {
            err.println("note: sign-in " + shortId + " is for an enrolment this device does not have; not answered");
            return;
        }
        Optional<Integer> number = takeNumber(key(challenge.account().username()), challenge);
        if (number.isPresent()) {
            answering.answer(challenge, shortId, ChallengeAnswer.approve(number.get()));
        } else {
            waiting.add(new Waiting(challenge, shortId));
        }
    }

    @Override
    public void onLine(String line) {
        String[] parts = line.strip().split("\\s+");
        Optional<Integer> number = parts.length == 2 ? ApproveCommand.parse(parts[1]) : Optional.empty();
        if (number.isEmpty()) {
            if (!line.isBlank()) {
                err.println("warning: ignored an input line (expected '<username> <number>')");
            }
            return;
        }
        String user = key(parts[0]);
        Instant now = clock.instant();
        waiting.removeIf(w -> !w.challenge().challenge().expiresAt().isAfter(now));
        Optional<Waiting> match = waiting.stream()
                .filter(w -> key(w.challenge().account().username()).equals(user)
                        && w.challenge().challenge().offers(number.get()))
                .max(Comparator.comparing(w -> w.challenge().challenge().expiresAt()));
        if (match.isPresent()) {
            waiting.remove(match.get());
            answering.answer(match.get().challenge(), match.get().shortId(), ChallengeAnswer.approve(number.get()));
            return;
        }
        numbers.computeIfAbsent(user, u -> new ArrayDeque<>()).addLast(new Noted(number.get(), now));
        out.println("Noted a number for " + Printable.of(parts[0], 200) + "; waiting for the sign-in.");
    }

    @Override
    public void onStillOpen(URI realmUrl, Set<String> openIds) {
        waiting.removeIf(w -> w.challenge().realmUrl().equals(realmUrl) && !openIds.contains(w.challenge().id()));
    }

    /** The newest number noted for {@code user} that the challenge offers (removed), forgetting old ones. */
    private Optional<Integer> takeNumber(String user, OpenChallenge challenge) {
        Deque<Noted> noted = numbers.get(user);
        if (noted == null) {
            return Optional.empty();
        }
        Instant oldest = clock.instant().minus(NUMBER_KEPT);
        noted.removeIf(n -> n.at().isBefore(oldest));
        for (Iterator<Noted> newestFirst = noted.descendingIterator(); newestFirst.hasNext(); ) {
            Noted n = newestFirst.next();
            if (challenge.challenge().offers(n.number())) {
                newestFirst.remove();
                return Optional.of(n.number());
            }
        }
        return Optional.empty();
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
