package io.alpenlock.mailbox.links;

import java.util.Locale;

/**
 * A mailbox address as links store it: trimmed, lower case (the directory compares addresses case-insensitively),
 * one {@code @} with something on both sides, no white space or control characters, at most 254 characters
 * (RFC 5321's path limit).
 */
public final class MailboxAddress {

    public static final int MAX_LENGTH = 254;

    private MailboxAddress() {
    }

    public static String normalize(String address) throws InvalidLinkException {
        if (address == null || address.isBlank()) {
            throw new InvalidLinkException("The mailbox address is missing.");
        }
        String a = address.strip().toLowerCase(Locale.ROOT);
        if (a.length() > MAX_LENGTH) {
            throw new InvalidLinkException("The mailbox address is longer than " + MAX_LENGTH + " characters.");
        }
        int at = a.indexOf('@');
        if (at <= 0 || at != a.lastIndexOf('@') || at == a.length() - 1) {
            throw new InvalidLinkException("The mailbox address must look like name@domain.");
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new InvalidLinkException("The mailbox address must not contain spaces or control characters.");
            }
        }
        return a;
    }

    /** The same address, compared the way the directory compares them. */
    public static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
