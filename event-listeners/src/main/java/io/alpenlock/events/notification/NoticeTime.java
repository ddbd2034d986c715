package io.alpenlock.events.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How every security e-mail writes a moment: long date and time, in the reader's language and zone. */
final class NoticeTime {

    private NoticeTime() {
    }

    static String format(Instant when, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.LONG)
                .withLocale(locale)
                .withZone(zone)
                .format(when);
    }
}
