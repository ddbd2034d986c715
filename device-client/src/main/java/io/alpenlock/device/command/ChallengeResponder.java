package io.alpenlock.device.command;

import java.net.URI;
import java.util.Set;

/** How {@code watch} answers: asking the person ({@link InteractiveResponder}) or by itself ({@link AutoResponder}). */
interface ChallengeResponder {

    /** A challenge seen for the first time (already printed). */
    void onNew(OpenChallenge challenge, String shortId) throws InterruptedException;

    /** A line of standard input that came while no question was asked. */
    void onLine(String line);

    /** After each successful poll of a realm: the ids of its challenges still open. */
    void onStillOpen(URI realmUrl, Set<String> openIds);
}
