package io.alpenlock.core.sms;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text message to one phone number.
 *
 * @param to   the recipient in E.164 form ({@code +41791234567}); normalising user input is the caller's job
 * @param body the text; it usually holds a code, so it is never logged and {@link #toString()} hides it
 */
public record SmsMessage(String to, String body) {

    /** Twilio's limit for one message (it is split into up to 10 segments). */
    public static final int MAX_BODY_LENGTH = 1600;

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public SmsMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        if (!E164.matcher(to).matches()) {
            throw new IllegalArgumentException("the recipient must be an E.164 phone number");
        }
        if (body.isBlank() || body.length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("the body must have 1 to " + MAX_BODY_LENGTH + " characters");
        }
    }

    /** The number with all but the last two digits hidden, for logs: {@code +41*******67}. */
    public String maskedTo() {
        return mask(to);
    }

    static String mask(String number) {
        int keep = Math.min(2, Math.max(0, number.length() - 4));
        return number.substring(0, Math.min(3, number.length()))
                + "*".repeat(Math.max(0, number.length() - 3 - keep))
                + number.substring(number.length() - keep);
    }

    @Override
    public String toString() {
        return "SmsMessage[to=" + maskedTo() + ", body=<" + body.length() + " characters>]";
    }
}
