package io.alpenlock.core.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One recorded message, stored as one JSON file. Create drafts with {@link #sms}, {@link #push} or
 * {@link #email}; {@link OutboxStore#record(OutboxEntry)} assigns the id and timestamp.
 *
 * @param to      phone number (SMS), e-mail address (EMAIL) or the token fingerprint (PUSH: the registration
 *                token itself is never recorded)
 * @param subject e-mail subject, else null
 * @param text    SMS text or e-mail text body, else null
 * @param html    e-mail HTML body, else null
 * @param data    push data map, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutboxEntry(
        String id,
        Instant timestamp,
        String realm,
        OutboxChannel channel,
        String to,
        String subject,
        String text,
        String html,
        Map<String, String> data) {

    public OutboxEntry {
        Objects.requireNonNull(channel, "channel");
        realm = realm == null ? "" : realm;
        to = to == null ? "" : to;
        data = data == null ? null : Map.copyOf(data);
    }

    public static OutboxEntry sms(String realm, String to, String text) {
        return new OutboxEntry(null, null, realm, OutboxChannel.SMS, to, null, text, null, null);
    }

    public static OutboxEntry push(String realm, String tokenFingerprint, Map<String, String> data) {
        return new OutboxEntry(null, null, realm, OutboxChannel.PUSH, tokenFingerprint, null, null, null, data);
    }

    public static OutboxEntry email(String realm, String to, String subject, String text, String html) {
        return new OutboxEntry(null, null, realm, OutboxChannel.EMAIL, to, subject, text, html, null);
    }

    OutboxEntry withIdentity(String newId, Instant newTimestamp) {
        return new OutboxEntry(newId, newTimestamp, realm, channel, to, subject, text, html, data);
    }

    @Override
    public String toString() {
        // bodies hold codes: keep them out of logs
        return "OutboxEntry[id=" + id + ", timestamp=" + timestamp + ", realm=" + realm + ", channel=" + channel + "]";
    }
}
