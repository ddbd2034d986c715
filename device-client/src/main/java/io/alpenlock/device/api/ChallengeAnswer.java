package io.alpenlock.device.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /challenges/{id}}: {@code {"action":"approve","number":47}} (the number only with number
 * matching), {@code {"action":"approve"}}, {@code {"action":"deny"}} or {@code {"action":"not-me"}}.
 *
 * @param number the number picked, only for {@link Action#APPROVE} of a challenge with number matching; else null
 */
public record ChallengeAnswer(Action action, Integer number) {

    /** What the person answered. */
    public enum Action {
        APPROVE("approve"),
        DENY("deny"),
        /** "This was not me": refuse, and tell the server the sign-in is suspicious. */
        NOT_ME("not-me");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public ChallengeAnswer {
        Objects.requireNonNull(action, "action");
        if (number != null && action != Action.APPROVE) {
            throw new IllegalArgumentException("only an approval carries a number");
        }
        if (number != null && number < 0) {
            throw new IllegalArgumentException("the number must not be negative");
        }
    }

    /** Approval of a challenge without number matching. */
    public static ChallengeAnswer approve() {
        return new ChallengeAnswer(Action.APPROVE, null);
    }

    /** Approval of a challenge with number matching, with the number picked. */
    public static ChallengeAnswer approve(int number) {
        return new ChallengeAnswer(Action.APPROVE, number);
    }

    public static ChallengeAnswer deny() {
        return new ChallengeAnswer(Action.DENY, null);
    }

    public static ChallengeAnswer notMe() {
        return new ChallengeAnswer(Action.NOT_ME, null);
    }

    /** The exact bytes sent (and hashed into the proof's {@code bsh}). */
    public byte[] toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", action.wireName());
        if (number != null) {
            json.put("number", number);
        }
        return ApiJson.write(json);
    }
}
