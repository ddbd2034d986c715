package io.alpenlock.organizations.notices.content;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How the organization e-mails write a moment: long date and time in the reader's language, with the time
 * zone's name (for example "26. November 2026 um 09:41:07 MEZ"), as the security e-mails do.
 */
public final class NoticeTime {

    private NoticeTime() {
    }

    public static String format(Instant when, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.LONG)
                .withLocale(locale)
                .withZone(zone)
                .format(when);
    }
}
