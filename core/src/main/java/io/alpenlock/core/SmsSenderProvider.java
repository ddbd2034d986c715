package io.alpenlock.core;

import io.alpenlock.core.sms.SmsMessage;
import io.alpenlock.core.sms.SmsResult;
import org.keycloak.provider.Provider;

/**
 * Sends an SMS. Get it with {@code session.getProvider(SmsSenderProvider.class)} (the selected sender: see
 * {@link SmsSenderSpi}). Never throws for delivery problems: check the {@link SmsResult}.
 */
public interface SmsSenderProvider extends Provider {

    SmsResult send(SmsMessage message);

    /** False when the sender is misconfigured; {@link #send} then returns {@link SmsResult.Unavailable}. */
    boolean isAvailable();

    @Override
    default void close() {
    }
}
