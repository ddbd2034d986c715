package io.alpenlock.events.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "Two-factor authentication is on / off", "an app or security key was added / removed": when, which
 * kind of second factor and its name (if the event says), from which IP address and browser, or that an
 * administrator made the change. Builds the template attributes documented in themes/README.md.
 *
 * @param type            one of {@link #TYPES}
 * @param changedAt       when the change happened
 * @param ipAddress       IP address of the request that made the change, or null (always null for an administrator)
 * @param device          browser / operating system of that request, or null
 * @param factorName      the name the user gave the app or key (untrusted text, cleaned), or null
 * @param kind            app or security key, or null when the event does not say
 * @param byAdministrator whether a realm administrator made the change
 * @param accountUrl      link to the account console, or null
 */
public record SecondFactorNotice(NotificationType type, Instant changedAt, String ipAddress, String device, String factorName,
                                 FactorKind kind, boolean byAdministrator, String accountUrl) implements Notice {

    public static final Set<NotificationType> TYPES = Set.copyOf(EnumSet.of(NotificationType.TWO_FACTOR_ENABLED,
            NotificationType.TWO_FACTOR_DISABLED, NotificationType.APP_ADDED, NotificationType.APP_REMOVED));

    public static final String CHANGED_AT = SecurityNotice.CHANGED_AT;
    public static final String IP_ADDRESS = SecurityNotice.IP_ADDRESS;
    public static final String DEVICE = SecurityNotice.DEVICE;
    public static final String FACTOR_NAME = "alpenlockFactorName";
    public static final String FACTOR_KIND = "alpenlockFactorKind";
    public static final String BY_ADMINISTRATOR = "alpenlockByAdministrator";
    public static final String ACCOUNT_URL = SecurityNotice.ACCOUNT_URL;

    static final String LABEL_DETAIL = "credential_user_label";
    static final int MAX_NAME_LENGTH = 64;
    static final int MAX_IP_LENGTH = 64;

    public SecondFactorNotice {
        Objects.requireNonNull(changedAt, "changedAt");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Not a second-factor notice: " + type);
        }
    }

    /** Reads the event: credential type and user label from its details, IP address and browser from its request. */
    public static SecondFactorNotice of(NotificationType type, EventFacts facts) {
        boolean admin = facts.byAdministrator();
        return new SecondFactorNotice(type, facts.time(),
                admin ? null : UntrustedText.clean(facts.ipAddress(), MAX_IP_LENGTH).orElse(null),
                admin ? null : DeviceSummary.of(facts.userAgent()).orElse(null),
                UntrustedText.clean(facts.detail(LABEL_DETAIL), MAX_NAME_LENGTH).orElse(null),
                SecondFactorTypes.kindOf(facts.detail(NotificationRules.CREDENTIAL_TYPE)).orElse(null),
                admin, facts.accountUrl());
    }

    @Override
    public Map<String, Object> templateAttributes(Locale locale, ZoneId zone) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CHANGED_AT, NoticeTime.format(changedAt, locale, zone));
        putIfPresent(attributes, IP_ADDRESS, ipAddress);
        putIfPresent(attributes, DEVICE, device);
        putIfPresent(attributes, FACTOR_NAME, factorName);
        if (kind != null) {
            attributes.put(FACTOR_KIND, kind.attributeValue());
        }
        if (byAdministrator) {
            attributes.put(BY_ADMINISTRATOR, Boolean.TRUE);
        }
        putIfPresent(attributes, ACCOUNT_URL, accountUrl);
        return attributes;
    }

    private static void putIfPresent(Map<String, Object> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value);
        }
    }
}
