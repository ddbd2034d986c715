package io.alpenlock.events.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "A mobile number was verified for your account" (added, or replacing the previous one): when, from where,
 * the number and the previous one, both masked as the event carries them ({@code +41 •• ••• •• 67}), never
 * in full and never a code.
 *
 * @param when        when the number was verified
 * @param ipAddress   IP address of the request, or null
 * @param userAgent   User-Agent of the request, or null
 * @param number      the new number, masked
 * @param previous    the replaced number, masked, or null when the account had none
 * @param accountUrl  link to the account console, or null
 */
public record PhoneNumberNotice(Instant when, String ipAddress, String userAgent, String number, String previous,
                                String accountUrl) implements Notice {

    /** Event details the verify-phone action sets (contract with the authenticators module). */
    public static final String DETAIL_NUMBER = "alpenlock_phone";
    public static final String DETAIL_PREVIOUS = "alpenlock_previous_phone";

    public static final String CHANGED_AT = SecurityNotice.CHANGED_AT;
    public static final String IP_ADDRESS = SecurityNotice.IP_ADDRESS;
    public static final String DEVICE = SecurityNotice.DEVICE;
    public static final String ACCOUNT_URL = SecurityNotice.ACCOUNT_URL;
    public static final String NUMBER = "alpenlockPhoneNumber";
    public static final String PREVIOUS = "alpenlockPreviousPhoneNumber";

    static final int MAX_NUMBER_LENGTH = 40;
    static final int MAX_IP_LENGTH = 64;

    public PhoneNumberNotice {
        Objects.requireNonNull(when, "when");
    }

    public static PhoneNumberNotice of(EventFacts facts) {
        Map<String, String> details = facts.details() == null ? Map.of() : facts.details();
        return new PhoneNumberNotice(facts.time(),
                UntrustedText.clean(facts.ipAddress(), MAX_IP_LENGTH).orElse(null),
                facts.userAgent(),
                UntrustedText.clean(details.get(DETAIL_NUMBER), MAX_NUMBER_LENGTH).orElse(null),
                UntrustedText.clean(details.get(DETAIL_PREVIOUS), MAX_NUMBER_LENGTH).orElse(null),
                facts.accountUrl());
    }

    @Override
    public NotificationType type() {
        return NotificationType.PHONE_NUMBER_VERIFIED;
    }

    @Override
    public Map<String, Object> templateAttributes(Locale locale, ZoneId zone) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(CHANGED_AT, NoticeTime.format(when, locale, zone));
        Optional.ofNullable(ipAddress).filter(ip -> !ip.isBlank()).ifPresent(ip -> attributes.put(IP_ADDRESS, ip));
        DeviceSummary.of(userAgent).ifPresent(device -> attributes.put(DEVICE, device));
        Optional.ofNullable(number).ifPresent(n -> attributes.put(NUMBER, n));
        Optional.ofNullable(previous).ifPresent(p -> attributes.put(PREVIOUS, p));
        if (accountUrl != null) {
            attributes.put(ACCOUNT_URL, accountUrl);
        }
        return attributes;
    }
}
