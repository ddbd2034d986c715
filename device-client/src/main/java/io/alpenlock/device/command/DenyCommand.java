package io.alpenlock.device.command;

import io.alpenlock.device.Arguments;
import io.alpenlock.device.api.Challenge;
import io.alpenlock.device.api.ChallengeAnswer;

/** {@code deny <challenge-id>}: refuses a sign-in. */
public final class DenyCommand extends AnswerCommand {

    @Override
    public String name() {
        return "deny";
    }

    @Override
    public String description() {
        return "Refuse a sign-in (id as shown by 'pending', or enough of it).";
    }

    @Override
    ChallengeAnswer answer(Challenge challenge, String shortId, Arguments arguments) {
        return ChallengeAnswer.deny();
    }
}
