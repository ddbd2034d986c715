package io.alpenlock.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.alpenlock.core.push.PushMessage;
import io.alpenlock.core.push.PushResult;
import io.alpenlock.core.sms.SmsMessage;
import io.alpenlock.core.sms.SmsResult;
import io.alpenlock.core.testing.Fakes;
import io.alpenlock.core.testing.LogCapture;
import io.alpenlock.core.testing.MapScope;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What operators see at start-up, and what callers get, for selected and unselected senders. */
class SenderFactoriesTest {

    @TempDir
    Path dir;

    @Test
    void selectedButUnconfiguredTwilioLogsOneErrorNamingTheOptionsAndAnswersUnavailable() {
        TwilioSmsSenderProviderFactory factory = new TwilioSmsSenderProviderFactory();
        try (LogCapture log = LogCapture.of(TwilioSmsSenderProviderFactory.class)) {
            factory.init(new MapScope(Map.of("auth-token", "very-secret-token")));
            factory.postInit(Fakes.sessionFactory(SmsSenderProvider.class, factory));

            assertThat(log.messages(Level.SEVERE)).singleElement().asString()
                    .contains("--spi-alpenlock-sms-sender--twilio--account-sid is missing")
                    .contains("--spi-alpenlock-sms-sender--twilio--from is missing")
                    .contains("--spi-alpenlock-sms-sender--provider=outbox")
                    .doesNotContain("very-secret-token");
        }
        SmsSenderProvider provider = factory.create(Fakes.session());
        assertThat(provider.isAvailable()).isFalse();
        assertThat(provider.send(new SmsMessage("+41791234567", "Code 1")))
                .isEqualTo(new SmsResult.Unavailable("not-configured"));
        factory.close();
    }

    @Test
    void unselectedTwilioStaysSilent() {
        TwilioSmsSenderProviderFactory factory = new TwilioSmsSenderProviderFactory();
        try (LogCapture log = LogCapture.of(TwilioSmsSenderProviderFactory.class)) {
            factory.init(new MapScope(Map.of()));
            factory.postInit(Fakes.sessionFactory(SmsSenderProvider.class, new OutboxSmsSenderProviderFactory()));
            assertThat(log.messages(Level.SEVERE)).isEmpty();
            assertThat(log.messages(Level.WARNING)).isEmpty();
        }
    }

    @Test
    void configuredTwilioIsAvailableAndSaysSoWithoutSecrets() {
        TwilioSmsSenderProviderFactory factory = new TwilioSmsSenderProviderFactory();
        try (LogCapture log = LogCapture.of(TwilioSmsSenderProviderFactory.class)) {
            factory.init(new MapScope(Map.of("account-sid", "AC0123456789abcdef0123456789abcdef",
                    "auth-token", "very-secret-token", "from", "+41445550000")));
            factory.postInit(Fakes.sessionFactory(SmsSenderProvider.class, factory));
            assertThat(log.messages(Level.SEVERE)).isEmpty();
            assertThat(log.all()).noneMatch(line -> line.contains("very-secret-token"));
        }
        assertThat(factory.create(Fakes.session()).isAvailable()).isTrue();
        factory.close();
    }

    @Test
    void selectedFcmWithAnUnreadableKeyFileLogsOneErrorNamingTheOption() {
        FcmPushSenderProviderFactory factory = new FcmPushSenderProviderFactory();
        try (LogCapture log = LogCapture.of(FcmPushSenderProviderFactory.class)) {
            factory.init(new MapScope(Map.of("credentials-file", dir.resolve("missing.json").toString())));
            factory.postInit(Fakes.sessionFactory(PushSenderProvider.class, factory));
            assertThat(log.messages(Level.SEVERE)).singleElement().asString()
                    .contains("--spi-alpenlock-push-sender--fcm--credentials-file points to")
                    .contains("missing.json");
        }
        PushSenderProvider provider = factory.create(Fakes.session());
        assertThat(provider.isAvailable()).isFalse();
        assertThat(provider.send(PushMessage.withReference("token", "r")))
                .isEqualTo(new PushResult.Unavailable("not-configured"));
        factory.close();
    }

    @Test
    void unselectedFcmStaysSilent() {
        FcmPushSenderProviderFactory factory = new FcmPushSenderProviderFactory();
        try (LogCapture log = LogCapture.of(FcmPushSenderProviderFactory.class)) {
            factory.init(new MapScope(Map.of()));
            factory.postInit(Fakes.sessionFactory(PushSenderProvider.class, null));
            assertThat(log.messages(Level.SEVERE)).isEmpty();
        }
        factory.close();
    }

    @Test
    void outboxSendersRecordAndWarnThatNothingIsSent() {
        OutboxSmsSenderProviderFactory sms = new OutboxSmsSenderProviderFactory();
        OutboxPushSenderProviderFactory push = new OutboxPushSenderProviderFactory();
        try (LogCapture smsLog = LogCapture.of(OutboxSmsSenderProviderFactory.class);
                LogCapture pushLog = LogCapture.of(OutboxPushSenderProviderFactory.class)) {
            sms.init(new MapScope(Map.of("directory", dir.toString())));
            push.init(new MapScope(Map.of("directory", dir.toString())));
            sms.postInit(Fakes.sessionFactory(SmsSenderProvider.class, sms));
            push.postInit(Fakes.sessionFactory(PushSenderProvider.class, push));
            assertThat(smsLog.messages(Level.WARNING)).singleElement().asString().contains("SMS are NOT sent")
                    .contains(dir.toString());
            assertThat(pushLog.messages(Level.WARNING)).singleElement().asString().contains("Pushes are NOT sent");
        }
        assertThat(sms.create(Fakes.session()).send(new SmsMessage("+41791234567", "Code 42")).isSent()).isTrue();
        assertThat(push.create(Fakes.session()).send(PushMessage.withReference("tok", "ref-1")).isSent()).isTrue();
        assertThat(dir.toFile().list()).hasSize(2);
    }

    @Test
    void twilioAndFcmAreTheDefaultsUnlessTheDevOutboxIsEnabled() {
        // Keycloak picks the highest order above 0 when no provider is selected
        assertThat(new TwilioSmsSenderProviderFactory().order()).isEqualTo(1);
        assertThat(new FcmPushSenderProviderFactory().order()).isEqualTo(1);
        assertThat(new OutboxSmsSenderProviderFactory().order()).isZero();
        assertThat(new OutboxPushSenderProviderFactory().order()).isZero();
    }

    @Test
    void theOutboxSendersBecomeTheDefaultsWhenTheDevOutboxIsEnabled() {
        // Keycloak's fallback configuration reads system properties keycloak.<spi>.<provider>.<option>
        String property = "keycloak.realm-restapi-extension.alpenlock-outbox.enabled";
        System.setProperty(property, "true");
        try {
            assertThat(new OutboxSmsSenderProviderFactory().order()).isEqualTo(2);
            assertThat(new OutboxPushSenderProviderFactory().order()).isEqualTo(2);
        } finally {
            System.clearProperty(property);
        }
    }
}
