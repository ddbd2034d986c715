package io.alpenlock.device.command;

import io.alpenlock.device.api.DeviceApiException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One poll round of {@code watch}: {@code GET /challenges} for each realm in turn (never two requests to a realm at
 * once, all through one HTTP client), printing each challenge the first time it is seen and handing it to the
 * {@link ChallengeResponder}. A realm that fails is reported once until it answers again.
 */
final class ChallengeWatcher {

    private final ChallengeLister lister;
    private final ChallengeResponder responder;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<URI, Set<String>> seen = new HashMap<>();
    private final Set<URI> failing = new HashSet<>();

    ChallengeWatcher(ChallengeLister lister, ChallengeResponder responder, Clock clock, PrintStream out,
            PrintStream err) {
        this.lister = lister;
        this.responder = responder;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    void pollRound() throws InterruptedException {
        for (URI realmUrl : lister.realmUrls()) {
            List<OpenChallenge> open;
            try {
                open = lister.fetch(realmUrl);
            } catch (DeviceApiException e) {
                if (failing.add(realmUrl)) {
                    err.println("error: " + realmUrl + ": " + e.getMessage() + " (still trying)");
                }
                continue;
            }
            if (failing.remove(realmUrl)) {
                err.println("note: " + realmUrl + " answers again");
            }
            Set<String> openIds = new HashSet<>();
            open.forEach(c -> openIds.add(c.id()));
            Set<String> known = seen.computeIfAbsent(realmUrl, u -> new HashSet<>());
            known.retainAll(openIds);
            Map<String, String> shortIds = ChallengeText.shortIds(openIds);
            for (OpenChallenge challenge : open) {
                if (known.add(challenge.id())) {
                    String shortId = shortIds.get(challenge.id());
                    out.println(ChallengeText.describe(challenge, shortId, clock.instant()));
                    responder.onNew(challenge, shortId);
                }
            }
            responder.onStillOpen(realmUrl, openIds);
        }
    }
}
