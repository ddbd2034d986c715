package io.alpenlock.events.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * "A backup code was used to sign in" (and "... you are running out of them"): when, from which IP
 * address and browser, and how many unused codes are left. Never the code itself: the event does not
 * carry it, and only the documented attributes reach the template.
 *
 * @param type           {@link NotificationType#BACKUP_CODE_USED} or {@link NotificationType#BACKUP_CODES_RUNNING_OUT}
 * @param signedInAt     when the sign-in happened
 * @param ipAddress      IP address of the sign-in, or null
 * @param device         browser / operating system of the sign-in, or null
 * @param codesRemaining unused codes left, or null when the event does not say
 * @param accountUrl     link to the account console, or null
 */
public record BackupCodeNotice(NotificationType type, Instant signedInAt, String ipAddress, String device,
                               Integer codesRemaining, String accountUrl) implements Notice {

    public static final String SIGNED_IN_AT = "alpenlockSignedInAt";
    public static final String IP_ADDRESS = SecurityNotice.IP_ADDRESS;
    public static final String DEVICE = SecurityNotice.DEVICE;
    public static final String CODES_REMAINING = "alpenlockCodesRemaining";
    public static final String ACCOUNT_URL = SecurityNotice.ACCOUNT_URL;

    static final int MAX_IP_LENGTH = 64;

    public BackupCodeNotice {
        Objects.requireNonNull(signedInAt, "signedInAt");
        if (type != NotificationType.BACKUP_CODE_USED && type != NotificationType.BACKUP_CODES_RUNNING_OUT) {
            throw new IllegalArgumentException("Not a backup-code sign-in notice: " + type);
        }
    }

    public static BackupCodeNotice of(NotificationType type, EventFacts facts) {
        var remaining = NotificationRules.codesRemaining(facts.details());
        return new BackupCodeNotice(type, facts.time(),
                UntrustedText.clean(facts.ipAddress(), MAX_IP_LENGTH).orElse(null),
                DeviceSummary.of(facts.userAgent()).orElse(null),
                remaining.isPresent() ? remaining.getAsInt() : null,
                facts.accountUrl());
    }

    @Override
    public Map<String, Object> templateAttributes(Locale locale, ZoneId zone) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(SIGNED_IN_AT, NoticeTime.format(signedInAt, locale, zone));
        if (ipAddress != null && !ipAddress.isBlank()) {
            attributes.put(IP_ADDRESS, ipAddress);
        }
        if (device != null && !device.isBlank()) {
            attributes.put(DEVICE, device);
        }
        if (codesRemaining != null) {
            // A plain digit string: the template passes it to msg(), and MessageFormat would group a number.
            attributes.put(CODES_REMAINING, Integer.toString(codesRemaining));
        }
        if (accountUrl != null) {
            attributes.put(ACCOUNT_URL, accountUrl);
        }
        return attributes;
    }
}
