package io.alpenlock.device.command;

import io.alpenlock.device.Arguments;
import io.alpenlock.device.api.Challenge;
import io.alpenlock.device.api.ChallengeAnswer;

/** {@code not-me <challenge-id>}: refuses a sign-in and reports it as not made by the account's owner. */
public final class NotMeCommand extends AnswerCommand {

    @Override
    public String name() {
        return "not-me";
    }

    @Override
    public String description() {
        return "Refuse a sign-in you did not start and report it as suspicious (id as shown by 'pending').";
    }

    @Override
    ChallengeAnswer answer(Challenge challenge, String shortId, Arguments arguments) {
        return ChallengeAnswer.notMe();
    }
}
