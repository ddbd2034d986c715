package io.alpenlock.authenticators.recovery.idv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.keycloak.models.RealmModel;

/**
 * The time of identity verification requests (their 72-hour retention), and only theirs: Keycloak's global
 * {@code Time} offset would move every feature of every realm. When the test-only option
 * {@code test-clock-enabled} is on, a realm attribute ({@value #OFFSET_ATTRIBUTE}, seconds, set through the
 * test-only admin endpoint) moves this clock for that realm alone; otherwise the attribute is ignored.
 */
final class IdentityVerificationClock {

    static final String OFFSET_ATTRIBUTE = "alpenlock.idv.testClockOffsetSeconds";

    private final Clock base;
    private final boolean testClock;

    IdentityVerificationClock(Clock base, boolean testClock) {
        this.base = base;
        this.testClock = testClock;
    }

    Instant now(RealmModel realm) {
        Instant now = base.instant();
        if (!testClock) {
            return now;
        }
        String offset = realm.getAttribute(OFFSET_ATTRIBUTE);
        if (offset == null) {
            return now;
        }
        try {
            return now.plus(Duration.ofSeconds(Long.parseLong(offset)));
        } catch (NumberFormatException e) {
            return now;
        }
    }
}
