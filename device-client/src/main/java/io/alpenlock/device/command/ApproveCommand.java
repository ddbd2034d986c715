package io.alpenlock.device.command;

import io.alpenlock.device.Arguments;
import io.alpenlock.device.UsageException;
import io.alpenlock.device.api.Challenge;
import io.alpenlock.device.api.ChallengeAnswer;
import java.util.Optional;
import java.util.Set;

/**
 * {@code approve <challenge-id> [--number N]}: approves a sign-in; with number matching, {@code --number} is the
 * number the login page shows (required then, refused otherwise).
 */
public final class ApproveCommand extends AnswerCommand {

    static final String NUMBER = "--number";
    static final int MAX_NUMBER = 999_999;

    @Override
    public String name() {
        return "approve";
    }

    @Override
    public String synopsis() {
        return ID + " [" + NUMBER + " N]";
    }

    @Override
    public String description() {
        return "Approve a sign-in (id as shown by 'pending', or enough of it); with number matching, N is the "
                + "number shown on the sign-in page. Exit code 1 if the number is wrong.";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of(NUMBER);
    }

    @Override
    void checkOptions(Arguments arguments) throws UsageException {
        number(arguments);
    }

    @Override
    ChallengeAnswer answer(Challenge challenge, String shortId, Arguments arguments) throws UsageException {
        Optional<Integer> number = number(arguments);
        if (challenge.numberMatching() && number.isEmpty()) {
            throw new UsageException("sign-in " + shortId + " uses number matching: add " + NUMBER
                    + " N with the number shown on the sign-in page");
        }
        if (!challenge.numberMatching() && number.isPresent()) {
            throw new UsageException("sign-in " + shortId + " does not use number matching: leave out " + NUMBER);
        }
        return number.map(ChallengeAnswer::approve).orElseGet(ChallengeAnswer::approve);
    }

    private static Optional<Integer> number(Arguments arguments) throws UsageException {
        Optional<String> text = arguments.value(NUMBER);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> number = parse(text.get());
        if (number.isEmpty()) {
            throw new UsageException(NUMBER + " must be a whole number from 0 to " + MAX_NUMBER);
        }
        return number;
    }

    /** A number as typed (digits only, 0 to {@value #MAX_NUMBER}), or empty. */
    static Optional<Integer> parse(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }
}
