package io.alpenlock.core.sms;

/** Sends SMS. Implementations are thread-safe and never throw for delivery problems. */
public interface SmsGateway extends AutoCloseable {

    SmsResult send(SmsMessage message);

    /** False when the gateway is misconfigured; {@link #send} then returns {@link SmsResult.Unavailable}. */
    boolean isAvailable();

    @Override
    default void close() {
    }

    /** A gateway that sends nothing and answers {@link SmsResult.Unavailable} with the given detail. */
    static SmsGateway unavailable(String detail) {
        SmsResult result = new SmsResult.Unavailable(detail);
        return new SmsGateway() {
            @Override
            public SmsResult send(SmsMessage message) {
                return result;
            }

            @Override
            public boolean isAvailable() {
                return false;
            }
        };
    }
}
