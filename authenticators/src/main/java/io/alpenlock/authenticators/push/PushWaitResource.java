package io.alpenlock.authenticators.push;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.alpenlock.authenticators.push.challenge.ChallengeStatus;
import io.alpenlock.authenticators.push.challenge.PushChallenge;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;

/**
 * {@code GET /realms/{realm}/alpenlock/push/wait?watch=…}: the waiting page's long poll. Answers at once
 * when the challenge is no longer pending, otherwise when an app answers it (woken through the cluster,
 * whichever node the answer reached) or after {@link #MAX_WAIT}. Tells only the status, and only to the
 * holder of the page's watch token; unknown tokens read as {@code expired}.
 */
public class PushWaitResource {

    static final Duration MAX_WAIT = Duration.ofSeconds(25);
    /** Without cluster wake-ups (unexpected Keycloak version) the store is re-read this often. */
    static final Duration FALLBACK_CHECK = Duration.ofSeconds(1);

    private final KeycloakSession session;
    private final PushRuntime runtime;

    public PushWaitResource(KeycloakSession session, PushRuntime runtime) {
        this.session = session;
        this.runtime = runtime;
    }

    @GET
    @Path("wait")
    @Produces(MediaType.APPLICATION_JSON)
    public Response waitForAnswer(@QueryParam("watch") String watch) {
        PushChallengeStore store = new PushChallengeStore(session.singleUseObjects());
        String realmId = session.getContext().getRealm().getId();
        Optional<String> id = store.watchedChallenge(watch);
        if (id.isEmpty()) {
            return status(ChallengeStatus.EXPIRED);
        }
        Instant deadline = now().plus(MAX_WAIT);
        while (true) {
            CompletableFuture<Void> waiter = runtime.waiters().register(id.get());
            try {
                Optional<PushChallenge> challenge = store.find(id.get()).filter(c -> c.realmId().equals(realmId));
                Instant now = now();
                ChallengeStatus status = challenge.map(c -> c.statusAt(now)).orElse(ChallengeStatus.EXPIRED);
                if (status != ChallengeStatus.PENDING) {
                    return status(status);
                }
                Instant until = challenge.get().expiresAt().isBefore(deadline) ? challenge.get().expiresAt() : deadline;
                long millis = Duration.between(now, until).toMillis();
                if (millis <= 0) {
                    return status(challenge.get().statusAt(until));
                }
                if (!runtime.wakesAcrossNodes()) {
                    millis = Math.min(millis, FALLBACK_CHECK.toMillis());
                }
                waiter.get(millis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // check again: expiry, deadline or (without wake-ups) the periodic re-read
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status(ChallengeStatus.PENDING);
            } catch (ExecutionException e) {
                return status(ChallengeStatus.PENDING);
            } finally {
                runtime.waiters().remove(id.get(), waiter);
            }
        }
    }

    private static Response status(ChallengeStatus status) {
        return Response.ok(Map.of("status", status.name().toLowerCase(Locale.ROOT)))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static Instant now() {
        return Instant.ofEpochMilli(Time.currentTimeMillis());
    }
}
