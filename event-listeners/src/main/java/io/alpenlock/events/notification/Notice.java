package io.alpenlock.events.notification;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * One security e-mail to send: which one ({@link #type()}) and what its template is given. The
 * attribute names of each notice are documented in themes/README.md.
 */
public sealed interface Notice permits SecurityNotice, PushNotMeNotice, SecondFactorNotice, BackupCodeNotice, PhoneNumberNotice,
        PasswordResetNotice {

    NotificationType type();

    /** Template attributes, with times written for the reader's locale and time zone. */
    Map<String, Object> templateAttributes(Locale locale, ZoneId zone);
}
