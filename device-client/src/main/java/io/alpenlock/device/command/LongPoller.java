package io.alpenlock.device.command;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.alpenlock.device.api.Challenge;
import io.alpenlock.device.api.DeviceApiException;

/**
 * {@code watch --instant}: one daemon thread per realm holding {@code GET /challenges?wait=…} open, the stand-in
 * for an FCM push. It only nudges the watch loop ({@code onNew}) when a challenge it has not seen appears; the
 * loop then lists and answers as usual, on its own thread.
 */
final class LongPoller {

    private LongPoller() {
    }

    static void start(ChallengeLister lister, URI realmUrl, int waitSeconds, Runnable onNew) {
        Thread thread = new Thread(() -> run(lister, realmUrl, waitSeconds, onNew), "alpenlock-long-poll");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(ChallengeLister lister, URI realmUrl, int waitSeconds, Runnable onNew) {
        Set<String> known = new HashSet<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                List<Challenge> open = lister.apiFor(realmUrl).awaitChallenges(realmUrl, waitSeconds, known);
                Set<String> ids = new HashSet<>();
                open.forEach(c -> ids.add(c.id()));
                if (!known.containsAll(ids)) {
                    onNew.run();
                }
                known = ids;
            } catch (DeviceApiException e) {
                try {
                    Thread.sleep(1000); // the watch loop reports failures; retry quietly
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
