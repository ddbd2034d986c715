package io.alpenlock.core.outbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON form of outbox entries, for the files and for {@code GET …/alpenlock-outbox/messages}. */
public final class OutboxJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private OutboxJson() {
    }

    /** {@code {"realm": "...", "count": n, "messages": [entry, ...]}}, newest first. */
    public static String messages(String realm, List<OutboxEntry> entries) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("realm", realm);
        document.put("count", entries.size());
        document.put("messages", entries);
        return write(document);
    }

    /** {@code {"error": "..."}}. */
    public static String error(String message) {
        return write(Map.of("error", message));
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
