package io.alpenlock.device.command;

import io.alpenlock.device.api.Challenge;
import io.alpenlock.device.api.ChallengeResult;
import io.alpenlock.device.api.Printable;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** How challenges and answers are shown: short ids, the login's context, expiry, results. */
final class ChallengeText {

    /** Short ids have at least this many characters, more when needed to tell the open challenges apart. */
    static final int SHORT_ID_LENGTH = 8;

    private ChallengeText() {
    }

    /** For each id, its shortest prefix of at least {@value #SHORT_ID_LENGTH} characters that no other id starts with. */
    static Map<String, String> shortIds(Collection<String> ids) {
        int longest = ids.stream().mapToInt(String::length).max().orElse(0);
        int length = SHORT_ID_LENGTH;
        while (length < longest && !uniqueAt(ids, length)) {
            length++;
        }
        Map<String, String> shortIds = new HashMap<>();
        for (String id : ids) {
            shortIds.put(id, Printable.of(id.length() <= length ? id : id.substring(0, length), length));
        }
        return shortIds;
    }

    private static boolean uniqueAt(Collection<String> ids, int length) {
        Set<String> prefixes = new HashSet<>();
        for (String id : ids) {
            if (!prefixes.add(id.length() <= length ? id : id.substring(0, length))) {
                return false;
            }
        }
        return true;
    }

    /** {@code Chrome 131 / Linux}, or whichever of the two is known. */
    static String browserAndOs(Challenge challenge) {
        String browser = blankToNull(challenge.browser());
        String os = blankToNull(challenge.os());
        return browser == null ? os : os == null ? browser : browser + " / " + os;
    }

    /** {@code in 87 s}, or {@code expired}. */
    static String expiresIn(Challenge challenge, Instant now) {
        long seconds = Duration.between(now, challenge.expiresAt()).toSeconds();
        return seconds > 0 ? "in " + seconds + " s" : "expired";
    }

    /** {@code 12 47 83}; empty without number matching. */
    static String choices(Challenge challenge) {
        return challenge.choices().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** One line for {@code watch}: {@code Sign-in 3f9a2c1d for alice: Demo webmail, Chrome 131 / Linux, …}. */
    static String describe(OpenChallenge open, String shortId, Instant now) {
        Challenge challenge = open.challenge();
        StringBuilder line = new StringBuilder("Sign-in ").append(shortId).append(" for ")
                .append(Printable.of(open.accountName(), 200)).append(':');
        for (String part : new String[] {challenge.client(), browserAndOs(challenge), challenge.ipAddress(),
                challenge.location()}) {
            if (blankToNull(part) != null) {
                line.append(' ').append(Printable.of(part, 100)).append(',');
            }
        }
        line.append(" expires ").append(expiresIn(challenge, now));
        if (challenge.numberMatching()) {
            line.append(", number matching").append(challenge.choices().isEmpty() ? ""
                    : " (choices " + choices(challenge) + ")");
        }
        return line.toString();
    }

    /** What became of the sign-in, e.g. {@code Approved the sign-in of alice to Demo webmail.} */
    static String result(ChallengeResult result, OpenChallenge open) {
        String client = blankToNull(open.challenge().client());
        String signIn = "the sign-in of " + Printable.of(open.accountName(), 200)
                + (client == null ? "" : " to " + Printable.of(client, 100));
        return switch (result) {
            case APPROVED -> "Approved " + signIn + ".";
            case WRONG_NUMBER -> "Wrong number: " + signIn + " was refused.";
            case DENIED -> "Denied " + signIn + ".";
            case NOT_ME -> "Reported " + signIn + " as not made by you; it was refused.";
        };
    }

    /** For a 404 on {@code POST /challenges/{id}}. */
    static String notOpen(String shortId) {
        return "sign-in " + shortId + " is no longer open (already answered, expired, or not for this device)";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
