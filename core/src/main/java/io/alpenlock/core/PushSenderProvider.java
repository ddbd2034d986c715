package io.alpenlock.core;

import io.alpenlock.core.push.PushMessage;
import io.alpenlock.core.push.PushResult;
import org.keycloak.provider.Provider;

/**
 * Sends a push to a device. Get it with {@code session.getProvider(PushSenderProvider.class)} (the selected
 * sender: see {@link PushSenderSpi}). Never throws for delivery problems: check the {@link PushResult}.
 */
public interface PushSenderProvider extends Provider {

    PushResult send(PushMessage message);

    /** False when the sender is misconfigured; {@link #send} then returns {@link PushResult.Unavailable}. */
    boolean isAvailable();

    @Override
    default void close() {
    }
}
