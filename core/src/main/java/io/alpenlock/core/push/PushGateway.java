package io.alpenlock.core.push;

/** Sends pushes. Implementations are thread-safe and never throw for delivery problems. */
public interface PushGateway extends AutoCloseable {

    PushResult send(PushMessage message);

    /** False when the gateway is misconfigured; {@link #send} then returns {@link PushResult.Unavailable}. */
    boolean isAvailable();

    @Override
    default void close() {
    }

    /** A gateway that sends nothing and answers {@link PushResult.Unavailable} with the given detail. */
    static PushGateway unavailable(String detail) {
        PushResult result = new PushResult.Unavailable(detail);
        return new PushGateway() {
            @Override
            public PushResult send(PushMessage message) {
                return result;
            }

            @Override
            public boolean isAvailable() {
                return false;
            }
        };
    }
}
