package io.alpenlock.authenticators.device;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The query parameters of the challenge long poll, read strictly ({@code wait} 0..30, {@code known} ≤ 32 ids). */
final class LongPoll {

    static final int MAX_WAIT_SECONDS = 30;
    static final int MAX_KNOWN = 32;

    private LongPoll() {
    }

    static int waitSeconds(String wait) {
        if (wait == null || wait.isEmpty()) {
            return 0;
        }
        try {
            int seconds = Integer.parseInt(wait);
            if (seconds >= 0 && seconds <= MAX_WAIT_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DeviceError.badRequest("wait must be whole seconds from 0 to " + MAX_WAIT_SECONDS);
    }

    static Set<String> knownIds(String known) {
        if (known == null || known.isEmpty()) {
            return Set.of();
        }
        List<String> ids = Arrays.asList(known.split(",", -1));
        if (ids.size() > MAX_KNOWN || ids.stream().anyMatch(id -> id.isEmpty() || id.length() > 64)) {
            throw DeviceError.badRequest("known must be up to " + MAX_KNOWN + " comma-separated challenge ids");
        }
        return Set.copyOf(ids);
    }

    /** True when every open challenge is one the app already knows. */
    static boolean nothingNew(List<Map<String, Object>> open, Set<String> known) {
        return known.containsAll(open.stream().map(c -> (String) c.get("id")).collect(Collectors.toSet()));
    }
}
