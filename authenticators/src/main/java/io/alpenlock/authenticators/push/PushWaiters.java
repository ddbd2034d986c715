package io.alpenlock.authenticators.push;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The waiting pages' open long-poll requests on this node, by challenge id, so that the news of an
 * answer wakes them at once. It holds no state another node needs: the challenge itself is in the
 * cluster-wide store and every woken request re-reads it there; a node only needs to know its own open
 * connections. One instance per server, owned by {@link io.alpenlock.authenticators.device.AlpenlockRealmResourceProviderFactory}.
 */
public final class PushWaiters {

    private final Map<String, Set<CompletableFuture<Void>>> waiting = new ConcurrentHashMap<>();

    /** Registers a waiter; call {@link #remove} when done, woken or not. */
    CompletableFuture<Void> register(String challengeId) {
        CompletableFuture<Void> waiter = new CompletableFuture<>();
        waiting.computeIfAbsent(challengeId, id -> ConcurrentHashMap.newKeySet()).add(waiter);
        return waiter;
    }

    void remove(String challengeId, CompletableFuture<Void> waiter) {
        waiting.computeIfPresent(challengeId, (id, set) -> {
            set.remove(waiter);
            return set.isEmpty() ? null : set;
        });
    }

    /** Wakes every request waiting on this challenge here. */
    public void wake(String challengeId) {
        Set<CompletableFuture<Void>> woken = waiting.remove(challengeId);
        if (woken != null) {
            woken.forEach(w -> w.complete(null));
        }
    }

    /** How many requests wait on this node (for operational info). */
    public int size() {
        return waiting.values().stream().mapToInt(Set::size).sum();
    }
}
