package io.alpenlock.authenticators.push.challenge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flat {@code Map<String,String>} form of a {@link PushChallenge} for Keycloak's single-use store.
 * Short keys; lists joined with commas (a challenge's credential ids never contain one); instants in epoch
 * milliseconds; a format version so a later layout can be told apart.
 */
final class ChallengeNotes {

    static final String VERSION = "1";
    static final String V = "v";
    static final String ID = "id";
    static final String REALM = "r";
    static final String USER = "u";
    static final String CREDENTIALS = "c";
    static final String CREATED = "t0";
    static final String EXPIRES = "t1";
    static final String NUMBER = "n";
    static final String CHOICES = "ch";
    static final String STATUS = "s";
    static final String ANSWERED_BY = "ab";
    static final String ANSWERED_AT = "at";
    static final String CLIENT = "cn";
    static final String BROWSER = "br";
    static final String OS = "os";
    static final String IP = "ip";
    static final String LOCATION = "loc";
    static final String NUMBER_MATCHING = "nm";
    static final String MUTE = "mu";

    private static final int MAX_NOTES = 24;
    private static final int MAX_VALUE_LENGTH = 10_000;

    private ChallengeNotes() {
    }

    static Map<String, String> encode(PushChallenge c) {
        Map<String, String> notes = new HashMap<>();
        notes.put(V, VERSION);
        notes.put(ID, c.id());
        notes.put(REALM, c.realmId());
        notes.put(USER, c.userId());
        notes.put(CREDENTIALS, String.join(",", c.credentialIds()));
        notes.put(CREATED, Long.toString(c.createdAt().toEpochMilli()));
        notes.put(EXPIRES, Long.toString(c.expiresAt().toEpochMilli()));
        notes.put(NUMBER, Integer.toString(c.number()));
        notes.put(CHOICES, String.join(",", c.choices().stream().map(String::valueOf).toList()));
        notes.put(STATUS, c.status().name());
        if (c.answeredBy() != null) {
            notes.put(ANSWERED_BY, c.answeredBy());
            notes.put(ANSWERED_AT, Long.toString(c.answeredAt().toEpochMilli()));
        }
        LoginContext ctx = c.context();
        notes.put(CLIENT, ctx.clientName());
        notes.put(BROWSER, ctx.browser());
        notes.put(OS, ctx.os());
        notes.put(IP, ctx.ipAddress());
        if (ctx.location() != null) {
            notes.put(LOCATION, ctx.location());
        }
        notes.put(NUMBER_MATCHING, Boolean.toString(c.policy().numberMatching()));
        notes.put(MUTE, Long.toString(c.policy().muteAfterNotMe().toSeconds()));
        return Map.copyOf(notes);
    }

    static PushChallenge decode(Map<String, String> notes) {
        if (notes == null) {
            throw new MalformedChallengeException("no notes");
        }
        if (notes.size() > MAX_NOTES) {
            throw new MalformedChallengeException("too many notes");
        }
        if (!VERSION.equals(notes.get(V))) {
            throw new MalformedChallengeException("unknown format version");
        }
        try {
            List<Integer> choices = new ArrayList<>();
            for (String choice : required(notes, CHOICES).split(",", -1)) {
                choices.add(number(choice));
            }
            return new PushChallenge(
                    required(notes, ID),
                    required(notes, REALM),
                    required(notes, USER),
                    List.of(required(notes, CREDENTIALS).split(",", -1)),
                    instant(required(notes, CREATED)),
                    instant(required(notes, EXPIRES)),
                    new NumberMatch(number(required(notes, NUMBER)), choices),
                    ChallengeStatus.valueOf(required(notes, STATUS)),
                    optional(notes, ANSWERED_BY),
                    optional(notes, ANSWERED_AT) == null ? null : instant(optional(notes, ANSWERED_AT)),
                    new LoginContext(required(notes, CLIENT), required(notes, BROWSER), required(notes, OS),
                            required(notes, IP), optional(notes, LOCATION)),
                    new ChallengePolicy(bool(required(notes, NUMBER_MATCHING)),
                            java.time.Duration.ofSeconds(Long.parseLong(required(notes, MUTE)))));
        } catch (MalformedChallengeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedChallengeException("invalid challenge notes", e);
        }
    }

    private static String required(Map<String, String> notes, String key) {
        String value = optional(notes, key);
        if (value == null) {
            throw new MalformedChallengeException("missing note " + key);
        }
        return value;
    }

    private static String optional(Map<String, String> notes, String key) {
        String value = notes.get(key);
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            throw new MalformedChallengeException("oversized note " + key);
        }
        return value;
    }

    private static boolean bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new MalformedChallengeException("not a boolean");
        }
        return Boolean.parseBoolean(value);
    }

    private static int number(String value) {
        if (value.length() != 2) {
            throw new MalformedChallengeException("not a two-digit number");
        }
        return Integer.parseInt(value);
    }

    private static Instant instant(String value) {
        if (value.length() > 19) {
            throw new MalformedChallengeException("not an instant");
        }
        return Instant.ofEpochMilli(Long.parseLong(value));
    }
}
