package io.alpenlock.core.recovery;

import io.alpenlock.core.phone.E164Number;

/**
 * Contact addresses as shown when a person picks where to receive something (recovery e-mail or SMS): enough to
 * recognise one's own address, not enough to learn someone else's.
 */
public final class ContactMasking {

    /** What is shown instead of hidden characters. */
    public static final String HIDDEN = "•••";

    private ContactMasking() {
    }

    /**
     * {@code alice@example.org} → {@code a•••e@example.org}: the first and last character of the local part (only the
     * first when it has one or two), always three dots whatever its length, and the domain unchanged. Characters are
     * Unicode code points, so {@code émilie@…} keeps its {@code é}. Anything that is not {@code local@domain}
     * (null, blank, no {@code @}, nothing before or after the last {@code @}) is shown as {@value #HIDDEN}.
     */
    public static String maskEmail(String address) {
        if (address == null) {
            return HIDDEN;
        }
        String text = address.strip();
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            return HIDDEN;
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        int[] points = local.codePoints().toArray();
        String first = new String(points, 0, 1);
        String last = points.length > 2 ? new String(points, points.length - 1, 1) : "";
        return first + HIDDEN + last + "@" + domain;
    }

    /** {@code +41791234567} → {@code +41 •• ••• •• 67}: see {@link E164Number#masked()}. */
    public static String maskPhone(E164Number number) {
        return number.masked();
    }
}
