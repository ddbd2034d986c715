package io.alpenlock.core;

import io.alpenlock.core.outbox.OutboxEntry;
import io.alpenlock.core.outbox.OutboxStore;
import io.alpenlock.core.push.PushMessage;
import io.alpenlock.core.push.PushResult;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;

/** Records pushes in the dev outbox instead of sending them; the token is recorded as its fingerprint only. */
final class OutboxPushSenderProvider implements PushSenderProvider {

    private static final Logger LOG = Logger.getLogger(OutboxPushSenderProvider.class);

    private final KeycloakSession session;
    private final OutboxStore store;

    OutboxPushSenderProvider(KeycloakSession session, OutboxStore store) {
        this.session = session;
        this.store = store;
    }

    @Override
    public PushResult send(PushMessage message) {
        try {
            OutboxEntry entry = store.record(OutboxEntry.push(DevOutbox.realmName(session),
                    message.tokenFingerprint(), message.data()));
            LOG.debugf("Recorded a push to %s in the dev outbox", message.tokenFingerprint());
            return new PushResult.Sent("outbox-" + entry.id());
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not record a push in the dev outbox %s: %s", store.directory(), e.getClass().getName());
            return new PushResult.TemporaryFailure("outbox-write-failed");
        }
    }

    @Override
    public boolean isAvailable() {
        return true;
    }
}
