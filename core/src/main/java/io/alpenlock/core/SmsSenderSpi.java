package io.alpenlock.core;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * SPI {@value #NAME}: where SMS go. Providers: {@code twilio} ({@link TwilioSmsSenderProviderFactory}) and
 * {@code outbox} ({@link OutboxSmsSenderProviderFactory}, development only). Select one with
 * {@code --spi-alpenlock-sms-sender--provider=<id>}.
 */
public final class SmsSenderSpi implements Spi {

    public static final String NAME = "alpenlock-sms-sender";

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
        return SmsSenderProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return SmsSenderProviderFactory.class;
    }
}
