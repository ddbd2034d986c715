package io.alpenlock.events.notification;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the listener knows about an event once its change is committed, before it decides which e-mail
 * (if any) to send. Everything here may end up in an e-mail only through a {@link Notice}, which picks
 * the documented pieces and cleans what came from outside.
 *
 * @param time            when the event happened
 * @param ipAddress       IP address of the request that caused the event (may be null)
 * @param userAgent       User-Agent header of that request (may be null)
 * @param details         the event details (may be null)
 * @param byAdministrator true when a realm administrator made the change in the admin console or API:
 *                        then the request's IP address and browser are the administrator's and are not used
 * @param accountUrl      link to the account console (may be null)
 */
public record EventFacts(Instant time, String ipAddress, String userAgent, Map<String, String> details,
                         boolean byAdministrator, String accountUrl) {

    public EventFacts {
        Objects.requireNonNull(time, "time");
        details = details == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(details));
    }

    /** A change the user made (or a sign-in), from their own request. */
    public static EventFacts fromUser(Instant time, String ipAddress, String userAgent, Map<String, String> details,
                                      String accountUrl) {
        return new EventFacts(time, ipAddress, userAgent, details, false, accountUrl);
    }

    /** A change a realm administrator made; the administrator's request says nothing about the user. */
    public static EventFacts fromAdministrator(Instant time, Map<String, String> details, String accountUrl) {
        return new EventFacts(time, null, null, details, true, accountUrl);
    }

    /** The same facts without one detail. */
    public EventFacts withoutDetail(String name) {
        Map<String, String> fewer = new HashMap<>(details);
        fewer.remove(name);
        return new EventFacts(time, ipAddress, userAgent, fewer, byAdministrator, accountUrl);
    }

    /** The same facts with one more detail. */
    public EventFacts withDetail(String name, String value) {
        Map<String, String> more = new HashMap<>(details);
        more.put(name, value);
        return new EventFacts(time, ipAddress, userAgent, more, byAdministrator, accountUrl);
    }

    String detail(String name) {
        return details.get(name);
    }
}
