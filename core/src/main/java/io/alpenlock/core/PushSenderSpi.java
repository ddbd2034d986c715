package io.alpenlock.core;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * SPI {@value #NAME}: where pushes go. Providers: {@code fcm} ({@link FcmPushSenderProviderFactory}) and
 * {@code outbox} ({@link OutboxPushSenderProviderFactory}, development only). Select one with
 * {@code --spi-alpenlock-push-sender--provider=<id>}.
 */
public final class PushSenderSpi implements Spi {

    public static final String NAME = "alpenlock-push-sender";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return PushSenderProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return PushSenderProviderFactory.class;
    }
}
