package io.alpenlock.core;

import io.alpenlock.core.outbox.OutboxStore;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

final class OutboxResourceProvider implements RealmResourceProvider {

    private final KeycloakSession session;
    private final OutboxStore store;

    OutboxResourceProvider(KeycloakSession session, OutboxStore store) {
        this.session = session;
        this.store = store;
    }

    @Override
    public Object getResource() {
        return new OutboxResource(session, store);
    }

    @Override
    public void close() {
    }
}
