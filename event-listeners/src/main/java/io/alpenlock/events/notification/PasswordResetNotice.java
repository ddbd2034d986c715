package io.alpenlock.events.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "Your password was reset through ..." after a forgotten-password flow: the {@link SecurityNotice} facts (time, IP
 * address, browser, account link) and the channel that proved the account (e-mail link, SMS code, link to the
 * recovery e-mail), named in the reader's language by the message key {@value #CHANNEL_KEY}.
 */
public record PasswordResetNotice(SecurityNotice facts, String channel) implements Notice {

    /**
     * The authentication-session note the recovery-channel step of the authenticators module sets (contract: the
     * values below); the listener copies it into the event facts as the detail {@value #DETAIL_CHANNEL}.
     */
    public static final String CHANNEL_NOTE = "alpenlock.recovery.channel";
    public static final String DETAIL_CHANNEL = "alpenlock_recovery_channel";
    public static final String CHANNEL_KEY = "alpenlockResetChannelKey";
    private static final Map<String, String> CHANNEL_KEYS = Map.of(
            "email", "alpenlockResetChannelEmail",
            "sms", "alpenlockResetChannelSms",
            "recovery-email", "alpenlockResetChannelRecoveryEmail");

    /** Names the way generically ("the forgotten-password page") when the channel is missing or unknown. */
    static final String UNKNOWN_CHANNEL_KEY = "alpenlockResetChannelUnknown";

    public PasswordResetNotice {
        Objects.requireNonNull(facts, "facts");
        channel = isChannel(channel) ? channel : null;
    }

    public static boolean isChannel(String channel) {
        return channel != null && CHANNEL_KEYS.containsKey(channel);
    }

    /** The channels' values, as the recovery-channel step writes them. */
    public static Set<String> channels() {
        return CHANNEL_KEYS.keySet();
    }

    public static PasswordResetNotice of(EventFacts facts) {
        return new PasswordResetNotice(new SecurityNotice(NotificationType.PASSWORD_RESET, facts.time(), facts.ipAddress(),
                facts.userAgent(), facts.accountUrl()), facts.detail(DETAIL_CHANNEL));
    }

    /** The message key naming the channel ("an SMS code to your mobile number"). */
    public String channelKey() {
        return channel == null ? UNKNOWN_CHANNEL_KEY : CHANNEL_KEYS.get(channel);
    }

    public Instant when() {
        return facts.when();
    }

    /** The time of the reset written for the reader. */
    public String time(Locale locale, ZoneId zone) {
        return NoticeTime.format(facts.when(), locale, zone);
    }

    @Override
    public NotificationType type() {
        return NotificationType.PASSWORD_RESET;
    }

    @Override
    public Map<String, Object> templateAttributes(Locale locale, ZoneId zone) {
        Map<String, Object> attributes = facts.templateAttributes(locale, zone);
        attributes.put(CHANNEL_KEY, channelKey());
        return attributes;
    }
}
