package io.alpenlock.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alpenlock.core.outbox.OutboxChannel;
import io.alpenlock.core.outbox.OutboxEntry;
import io.alpenlock.core.outbox.OutboxQuery;
import io.alpenlock.core.outbox.OutboxStore;
import io.alpenlock.core.testing.Fakes;
import io.alpenlock.core.testing.LogCapture;
import io.alpenlock.core.testing.MapScope;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderFactory;

class DevOutboxWiringTest {

    @TempDir
    Path dir;

    @Test
    void pageExistsOnlyWhenExplicitlyEnabled() {
        OutboxResourceProviderFactory factory = new OutboxResourceProviderFactory();
        assertThat(factory.isSupported(new MapScope(Map.of()))).isFalse();
        assertThat(factory.isSupported(new MapScope(Map.of("enabled", "false")))).isFalse();
        assertThat(factory.isSupported(new MapScope(Map.of("enabled", "yes")))).isFalse();
        assertThat(factory.isSupported(null)).isFalse();
        assertThat(factory.isSupported(new MapScope(Map.of("enabled", "true")))).isTrue();
        assertThat(factory.getId()).isEqualTo("alpenlock-outbox");
    }

    @Test
    void enabledPageWarnsOnceAtStart() {
        OutboxResourceProviderFactory factory = new OutboxResourceProviderFactory();
        try (LogCapture log = LogCapture.of(OutboxResourceProviderFactory.class)) {
            factory.init(new MapScope(Map.of("enabled", "true", "directory", dir.toString())));
            factory.postInit(Fakes.sessionFactory(Map.of(), Map.of()));
            assertThat(log.messages(Level.WARNING)).singleElement().asString()
                    .contains("DEV OUTBOX is enabled").contains("must never be enabled in production")
                    .contains(dir.toString());
        }
    }

    /** Records what Keycloak's default sender would have sent. */
    static final class RecordingSender implements EmailSenderProvider {
        final List<String> sent = new ArrayList<>();
        boolean fail;
        boolean closed;

        @Override
        public void send(Map<String, String> config, String address, String subject, String text, String html)
                throws EmailException {
            if (fail) {
                throw new EmailException("SMTP down");
            }
            sent.add(address + "|" + subject);
        }

        @Override
        public void validate(Map<String, String> config) {
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static ProviderFactory<EmailSenderProvider> defaultFactory(RecordingSender sender) {
        return new ProviderFactory<>() {
            @Override
            public EmailSenderProvider create(KeycloakSession session) {
                return sender;
            }

            @Override
            public void init(org.keycloak.Config.Scope config) {
            }

            @Override
            public void postInit(org.keycloak.models.KeycloakSessionFactory factory) {
            }

            @Override
            public void close() {
            }

            @Override
            public String getId() {
                return "default";
            }
        };
    }

    private OutboxEmailSenderProviderFactory emailFactory(RecordingSender sender) {
        OutboxEmailSenderProviderFactory factory = new OutboxEmailSenderProviderFactory();
        factory.init(new MapScope(Map.of("directory", dir.toString())));
        factory.postInit(Fakes.sessionFactory(Map.of(EmailSenderProvider.class, factory),
                Map.of("EmailSenderProvider/default", defaultFactory(sender))));
        return factory;
    }

    @Test
    void emailGoesThroughKeycloaksDefaultSenderThenACopyIsRecorded() throws Exception {
        RecordingSender smtp = new RecordingSender();
        EmailSenderProvider provider = emailFactory(smtp).create(Fakes.session());

        provider.send(Map.of(), "alice@example.org", "Reset your password", "text body", "<p>html body</p>");
        provider.close();

        assertThat(smtp.sent).containsExactly("alice@example.org|Reset your password");
        assertThat(smtp.closed).isTrue();
        List<OutboxEntry> copies = new OutboxStore(dir, 10, Clock.systemUTC()).list(OutboxQuery.all());
        assertThat(copies).singleElement().satisfies(copy -> {
            assertThat(copy.channel()).isEqualTo(OutboxChannel.EMAIL);
            assertThat(copy.to()).isEqualTo("alice@example.org");
            assertThat(copy.subject()).isEqualTo("Reset your password");
            assertThat(copy.text()).isEqualTo("text body");
            assertThat(copy.html()).isEqualTo("<p>html body</p>");
        });
    }

    @Test
    void failedEmailIsNotRecorded() {
        RecordingSender smtp = new RecordingSender();
        smtp.fail = true;
        EmailSenderProvider provider = emailFactory(smtp).create(Fakes.session());
        assertThatThrownBy(() -> provider.send(Map.of(), "a@example.org", "s", "t", null))
                .isInstanceOf(EmailException.class);
        assertThat(new OutboxStore(dir, 10, Clock.systemUTC()).list(OutboxQuery.all())).isEmpty();
    }

    @Test
    void emailCopyWarnsThatItIsForDevelopmentOnly() {
        try (LogCapture log = LogCapture.of(OutboxEmailSenderProviderFactory.class)) {
            emailFactory(new RecordingSender());
            assertThat(log.messages(Level.WARNING)).singleElement().asString()
                    .contains("also copied to the Alpenlock dev outbox");
            assertThat(log.messages(Level.SEVERE)).isEmpty();
        }
    }

    @Test
    void whenKeycloakLoadedOnlyTheOutboxSenderTheDefaultSenderIsLoadedByItsServiceRegistration() throws Exception {
        ServiceLoadedDefaultEmailSender.EVENTS.clear();
        OutboxEmailSenderProviderFactory factory = new OutboxEmailSenderProviderFactory();
        try (LogCapture log = LogCapture.of(OutboxEmailSenderProviderFactory.class)) {
            factory.init(new MapScope(Map.of("directory", dir.toString())));
            // --spi-email-sender--provider=alpenlock-outbox: Keycloak has no "default" factory loaded
            factory.postInit(Fakes.sessionFactory(Map.of(EmailSenderProvider.class, factory), Map.of()));
            assertThat(log.messages(Level.SEVERE)).isEmpty();
        }
        factory.create(Fakes.session()).send(Map.of(), "bob@example.org", "s", "t", null);
        factory.close();

        assertThat(ServiceLoadedDefaultEmailSender.EVENTS)
                .containsExactly("init", "postInit", "send bob@example.org", "close");
        assertThat(new OutboxStore(dir, 10, Clock.systemUTC()).list(OutboxQuery.all())).hasSize(1);
    }
}
