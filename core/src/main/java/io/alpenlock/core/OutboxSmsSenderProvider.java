package io.alpenlock.core;

import io.alpenlock.core.outbox.OutboxEntry;
import io.alpenlock.core.outbox.OutboxStore;
import io.alpenlock.core.sms.SmsMessage;
import io.alpenlock.core.sms.SmsResult;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;

/** Records SMS in the dev outbox instead of sending them. */
final class OutboxSmsSenderProvider implements SmsSenderProvider {

    private static final Logger LOG = Logger.getLogger(OutboxSmsSenderProvider.class);

    private final KeycloakSession session;
    private final OutboxStore store;

    OutboxSmsSenderProvider(KeycloakSession session, OutboxStore store) {
        this.session = session;
        this.store = store;
    }

    @Override
    public SmsResult send(SmsMessage message) {
        try {
            OutboxEntry entry = store.record(OutboxEntry.sms(DevOutbox.realmName(session), message.to(),
                    message.body()));
            LOG.debugf("Recorded an SMS to %s in the dev outbox", message.maskedTo());
            return new SmsResult.Sent("outbox-" + entry.id());
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not record an SMS in the dev outbox %s: %s", store.directory(), e.getClass().getName());
            return new SmsResult.TemporaryFailure("outbox-write-failed");
        }
    }

    @Override
    public boolean isAvailable() {
        return true;
    }
}
