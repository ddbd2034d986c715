package io.alpenlock.benchmarks;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import io.alpenlock.core.totp.Totp;
import io.alpenlock.core.totp.TotpParameters;

/**
 * Users with a 30-second code, handed out so that no code is ever submitted twice: Keycloak's OTP and our app code
 * accept a code once per credential (Keycloak by code value for 90 s, ours by time step). A user is taken at most
 * once per time step, and never with a code it used in the last three steps; users go round in order, so when the
 * first in line is not free, none is until the next step.
 */
final class TotpUserPool {

    /** A user and the code to type, computed when the user was taken. */
    record Lease(BenchUser user, String code) {
    }

    private static final int REMEMBERED_CODES = 3;

    private static final class Slot {
        final BenchUser user;
        long lastStep = Long.MIN_VALUE;
        final Deque<String> recentCodes = new ArrayDeque<>();

        Slot(BenchUser user) {
            this.user = user;
        }
    }

    private final Deque<Slot> queue = new ArrayDeque<>();
    private final BiFunction<BenchUser, Instant, String> codeOf;
    private long stalls;

    /** @param codeOf the code a user's authenticator shows at an instant */
    TotpUserPool(List<BenchUser> users, BiFunction<BenchUser, Instant, String> codeOf) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("no users");
        }
        users.forEach(u -> queue.addLast(new Slot(u)));
        this.codeOf = codeOf;
    }

    /** The next free user with its current code, or empty when every user already logged in during this step. */
    synchronized Optional<Lease> take(Instant now) {
        long step = Totp.timeStep(now, TotpParameters.DEFAULT);
        for (int tries = 0; tries < queue.size(); tries++) {
            Slot slot = queue.peekFirst();
            if (slot.lastStep >= step) {
                break;
            }
            queue.pollFirst();
            slot.lastStep = step;
            queue.addLast(slot);
            String code = codeOf.apply(slot.user, now);
            if (slot.recentCodes.contains(code)) {
                continue; // the same digits again within 90 s (about one in a million): skip this user for now
            }
            slot.recentCodes.addLast(code);
            if (slot.recentCodes.size() > REMEMBERED_CODES) {
                slot.recentCodes.removeFirst();
            }
            return Optional.of(new Lease(slot.user, code));
        }
        stalls++;
        return Optional.empty();
    }

    /** How often a caller found no free user (the pool is then too small for the login rate). */
    synchronized long stalls() {
        return stalls;
    }

    int size() {
        return queue.size();
    }
}
