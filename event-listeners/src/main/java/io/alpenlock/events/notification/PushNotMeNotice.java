package io.alpenlock.events.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "You reported a sign-in attempt as not you": when the attempt was, for which application, from
 * which browser, IP address and place, and for how long push approvals are paused. Everything about
 * the attempt comes from the event details ({@link PushNotMeEvent}), never from the request that
 * carried the report (that one came from the phone).
 *
 * @param attemptAt   when the sign-in was attempted
 * @param client      application the sign-in was for, or null
 * @param device      browser / operating system of the attempt, or null
 * @param ipAddress   IP address of the browser that attempted the sign-in, or null
 * @param location    approximate place of that IP address, or null
 * @param muteMinutes for how many minutes push approvals are paused, or null when unknown
 * @param accountUrl  link to the account console, or null
 */
public record PushNotMeNotice(Instant attemptAt, String client, String device, String ipAddress, String location,
                              Integer muteMinutes, String accountUrl) implements Notice {

    public static final String ATTEMPT_AT = "alpenlockAttemptAt";
    public static final String CLIENT = "alpenlockClient";
    public static final String DEVICE = SecurityNotice.DEVICE;
    public static final String IP_ADDRESS = SecurityNotice.IP_ADDRESS;
    public static final String LOCATION = "alpenlockLocation";
    public static final String MUTE_MINUTES = "alpenlockMuteMinutes";
    public static final String ACCOUNT_URL = SecurityNotice.ACCOUNT_URL;

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_BROWSER_OR_OS_LENGTH = 40;
    static final int MAX_IP_LENGTH = 64;
    /** A pause longer than a week is not something we would tell anyone in minutes; such a value is ignored. */
    static final int MAX_MUTE_MINUTES = 7 * 24 * 60;

    public PushNotMeNotice {
        Objects.requireNonNull(attemptAt, "attemptAt");
    }

    /**
     * Reads the details of a {@link PushNotMeEvent}. Missing or unreadable details are left out; a
     * missing attempt time falls back to the time of the report.
     *
     * @param details    the event details (may be null)
     * @param reportedAt the time of the event, i.e. when the user reported the attempt
     * @param accountUrl link to the account console (may be null)
     */
    public static PushNotMeNotice fromEventDetails(Map<String, String> details, Instant reportedAt, String accountUrl) {
        Map<String, String> d = details == null ? Map.of() : details;
        String browser = UntrustedText.clean(d.get(PushNotMeEvent.BROWSER), MAX_BROWSER_OR_OS_LENGTH).orElse(null);
        String os = UntrustedText.clean(d.get(PushNotMeEvent.OS), MAX_BROWSER_OR_OS_LENGTH).orElse(null);
        String device = browser != null && os != null ? browser + " / " + os : browser != null ? browser : os;
        return new PushNotMeNotice(
                epochMillis(d.get(PushNotMeEvent.ATTEMPT_AT)).orElse(reportedAt),
                UntrustedText.clean(d.get(PushNotMeEvent.CLIENT), MAX_NAME_LENGTH).orElse(null),
                device,
                UntrustedText.clean(d.get(PushNotMeEvent.IP), MAX_IP_LENGTH).orElse(null),
                UntrustedText.clean(d.get(PushNotMeEvent.LOCATION), MAX_NAME_LENGTH).orElse(null),
                minutes(d.get(PushNotMeEvent.MUTE_MINUTES)).orElse(null),
                accountUrl);
    }

    @Override
    public NotificationType type() {
        return NotificationType.PUSH_NOT_ME;
    }

    @Override
    public Map<String, Object> templateAttributes(Locale locale, ZoneId zone) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ATTEMPT_AT, NoticeTime.format(attemptAt, locale, zone));
        putIfPresent(attributes, CLIENT, client);
        putIfPresent(attributes, DEVICE, device);
        putIfPresent(attributes, IP_ADDRESS, ipAddress);
        putIfPresent(attributes, LOCATION, location);
        if (muteMinutes != null) {
            // A plain digit string: the template passes it to msg(), and MessageFormat would group a number ("1,440").
            attributes.put(MUTE_MINUTES, Integer.toString(muteMinutes));
        }
        putIfPresent(attributes, ACCOUNT_URL, accountUrl);
        return attributes;
    }

    private static void putIfPresent(Map<String, Object> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value);
        }
    }

    private static Optional<Instant> epochMillis(String value) {
        try {
            long millis = value == null ? 0 : Long.parseLong(value.strip());
            return millis > 0 ? Optional.of(Instant.ofEpochMilli(millis)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> minutes(String value) {
        try {
            int minutes = value == null ? 0 : Integer.parseInt(value.strip());
            return minutes > 0 && minutes <= MAX_MUTE_MINUTES ? Optional.of(minutes) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
