package io.alpenlock.core;

import io.alpenlock.core.push.PushGateway;
import io.alpenlock.core.push.PushMessage;
import io.alpenlock.core.push.PushResult;

/** Per-session view of a shared, thread-safe {@link PushGateway}. */
final class GatewayPushSenderProvider implements PushSenderProvider {

    private final PushGateway gateway;

    GatewayPushSenderProvider(PushGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public PushResult send(PushMessage message) {
        return gateway.send(message);
    }

    @Override
    public boolean isAvailable() {
        return gateway.isAvailable();
    }
}
