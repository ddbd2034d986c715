package io.alpenlock.core;

import io.alpenlock.core.sms.SmsGateway;
import io.alpenlock.core.sms.SmsMessage;
import io.alpenlock.core.sms.SmsResult;

/** Per-session view of a shared, thread-safe {@link SmsGateway}. */
final class GatewaySmsSenderProvider implements SmsSenderProvider {

    private final SmsGateway gateway;

    GatewaySmsSenderProvider(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public SmsResult send(SmsMessage message) {
        return gateway.send(message);
    }

    @Override
    public boolean isAvailable() {
        return gateway.isAvailable();
    }
}
