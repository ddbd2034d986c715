package io.alpenlock.core.outbox;

import java.util.Locale;

/**
 * Which entries {@link OutboxStore#list(OutboxQuery)} returns, newest first. Null filters match everything;
 * {@code to} is compared case-insensitively after trimming.
 */
public record OutboxQuery(String realm, OutboxChannel channel, String to, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public OutboxQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT);
        }
        to = to == null || to.isBlank() ? null : to.trim();
    }

    public static OutboxQuery all() {
        return new OutboxQuery(null, null, null, DEFAULT_LIMIT);
    }

    public static OutboxQuery forRealm(String realm) {
        return new OutboxQuery(realm, null, null, DEFAULT_LIMIT);
    }

    /**
     * The query of {@code GET …/alpenlock-outbox/messages?channel=&to=&limit=} for one realm.
     *
     * @throws IllegalArgumentException with a message fit for the caller when channel or limit is invalid
     */
    public static OutboxQuery fromRequest(String realm, String channel, String to, String limit) {
        OutboxQuery query = forRealm(realm).to(to);
        if (channel != null && !channel.isBlank()) {
            query = query.channel(OutboxChannel.parse(channel).orElseThrow(
                    () -> new IllegalArgumentException("channel must be SMS, PUSH or EMAIL")));
        }
        if (limit != null && !limit.isBlank()) {
            String error = "limit must be a whole number from 1 to " + MAX_LIMIT;
            try {
                int value = Integer.parseInt(limit.trim());
                if (value < 1 || value > MAX_LIMIT) {
                    throw new IllegalArgumentException(error);
                }
                query = query.limit(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(error, e);
            }
        }
        return query;
    }

    public OutboxQuery channel(OutboxChannel newChannel) {
        return new OutboxQuery(realm, newChannel, to, limit);
    }

    public OutboxQuery to(String newTo) {
        return new OutboxQuery(realm, channel, newTo, limit);
    }

    public OutboxQuery limit(int newLimit) {
        return new OutboxQuery(realm, channel, to, newLimit);
    }

    boolean matches(OutboxEntry entry) {
        return (realm == null || realm.equals(entry.realm()))
                && (channel == null || channel == entry.channel())
                && (to == null || to.toLowerCase(Locale.ROOT).equals(entry.to().trim().toLowerCase(Locale.ROOT)));
    }
}
