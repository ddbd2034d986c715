package io.alpenlock.device.command;

import io.alpenlock.device.Arguments;
import io.alpenlock.device.Command;
import io.alpenlock.device.CommandContext;
import io.alpenlock.device.CommandFailedException;
import io.alpenlock.device.DeviceClientMain;
import io.alpenlock.device.UsageException;
import io.alpenlock.device.api.Challenge;
import io.alpenlock.device.api.ChallengeAnswer;
import io.alpenlock.device.api.ChallengeResult;
import io.alpenlock.device.api.DeviceApiException;
import io.alpenlock.device.api.Printable;
import io.alpenlock.device.store.DeviceState;
import io.alpenlock.device.store.DeviceStoreException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The base of {@code approve}, {@code deny} and {@code not-me}: finds the open challenge whose id starts with the
 * given text ({@code GET /challenges} of every realm), sends the answer ({@code POST /challenges/{id}}) and prints the
 * result. Exit code 1 when the challenge is not (or no longer) open and for {@code wrong_number}.
 */
abstract class AnswerCommand implements Command {

    static final String ID = "<challenge-id>";

    /** The answer to send for {@code challenge}; a usage error if the arguments do not fit it. */
    abstract ChallengeAnswer answer(Challenge challenge, String shortId, Arguments arguments) throws UsageException;

    /** Checks the options before the server is asked. */
    void checkOptions(Arguments arguments) throws UsageException {
    }

    @Override
    public String synopsis() {
        return ID;
    }

    @Override
    public int run(Arguments arguments, CommandContext context)
            throws UsageException, CommandFailedException, DeviceApiException, DeviceStoreException {
        String prefix = arguments.expectPositionals(ID).get(0);
        String shown = Printable.of(prefix, 80);
        checkOptions(arguments);
        DeviceState state = context.store().load();
        if (state.accounts().isEmpty()) {
            throw new CommandFailedException("no accounts on this device (state file " + context.store().file() + ")");
        }
        ChallengeLister lister = new ChallengeLister(state, context.api(state.deviceKey().orElseThrow()));
        List<OpenChallenge> matches = new ArrayList<>();
        List<URI> unreachable = new ArrayList<>();
        for (URI realmUrl : lister.realmUrls()) {
            try {
                lister.fetch(realmUrl).stream().filter(c -> c.id().startsWith(prefix)).forEach(matches::add);
            } catch (DeviceApiException e) {
                context.err().println("error: " + realmUrl + ": " + e.getMessage());
                unreachable.add(realmUrl);
            }
        }
        List<OpenChallenge> exact = matches.stream().filter(c -> c.id().equals(prefix)).toList();
        if (!exact.isEmpty()) {
            matches = exact;
        }
        if (matches.isEmpty()) {
            throw new CommandFailedException("no open sign-in challenge with id " + shown
                    + (unreachable.isEmpty() ? "" : " on the servers that answered")
                    + " (see '" + DeviceClientMain.PROGRAM + " pending')");
        }
        if (matches.size() > 1) {
            throw new UsageException("the id " + shown + " fits " + matches.size() + " open sign-in challenges; "
                    + "give more of it");
        }
        OpenChallenge challenge = matches.get(0);
        ChallengeAnswer answer = answer(challenge.challenge(), shown, arguments);
        ChallengeResult result;
        try {
            result = lister.apiFor(challenge.realmUrl()).answer(challenge.realmUrl(), challenge.id(), answer);
        } catch (DeviceApiException e) {
            if (e.status() == 404) {
                throw new CommandFailedException(ChallengeText.notOpen(shown));
            }
            throw e;
        }
        context.out().println(ChallengeText.result(result, challenge));
        return result == ChallengeResult.WRONG_NUMBER ? DeviceClientMain.FAILURE : DeviceClientMain.OK;
    }
}
