package io.alpenlock.core;

import java.util.Optional;
import java.util.ServiceLoader;
import org.keycloak.Config;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.email.EmailSenderProviderFactory;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/**
 * Finds Keycloak's {@code default} e-mail sender factory. Keycloak loads only the selected factory of an SPI when
 * {@code --spi-email-sender--provider} is set, so with {@code --spi-email-sender--provider=alpenlock-outbox} the
 * default factory is not in the session factory. It is then loaded the way Keycloak loads providers (by its
 * service registration and id, never by class name), initialised with its own configuration scope, and owned by
 * the caller, which must close it.
 */
final class DefaultEmailSenderLocator {

    static final String EMAIL_SENDER_SPI = "email-sender";
    static final String DEFAULT_ID = "default";

    /** The factory and whether the caller loaded it itself (and so must close it). */
    record Located(ProviderFactory<EmailSenderProvider> factory, boolean owned) {
    }

    private DefaultEmailSenderLocator() {
    }

    static Optional<Located> locate(KeycloakSessionFactory sessionFactory) {
        ProviderFactory<EmailSenderProvider> registered =
                sessionFactory.getProviderFactory(EmailSenderProvider.class, DEFAULT_ID);
        if (registered != null) {
            return Optional.of(new Located(registered, false));
        }
        for (EmailSenderProviderFactory candidate : ServiceLoader.load(EmailSenderProviderFactory.class,
                EmailSenderProviderFactory.class.getClassLoader())) {
            if (DEFAULT_ID.equals(candidate.getId())) {
                candidate.init(Config.scope(EMAIL_SENDER_SPI, DEFAULT_ID));
                candidate.postInit(sessionFactory);
                return Optional.of(new Located(candidate, true));
            }
        }
        return Optional.empty();
    }
}
