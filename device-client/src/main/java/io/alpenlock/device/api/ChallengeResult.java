package io.alpenlock.device.api;

import java.util.Arrays;
import java.util.Optional;

/** The {@code result} of {@code POST /challenges/{id}}: what became of the sign-in. */
public enum ChallengeResult {
    /** The sign-in goes on. */
    APPROVED("approved"),
    /** The approval carried another number than the login page shows: the sign-in is refused. */
    WRONG_NUMBER("wrong_number"),
    DENIED("denied"),
    /** Refused and reported as not made by the account's owner. */
    NOT_ME("not_me");

    private final String wireName;

    ChallengeResult(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static Optional<ChallengeResult> fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
