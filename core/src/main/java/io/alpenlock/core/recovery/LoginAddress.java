package io.alpenlock.core.recovery;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address used as a login identifier, as typed by an administrator, a mail platform or a person:
 * trimmed and lower-cased (Keycloak stores usernames and e-mails in lower case), at most {@value #MAX_LENGTH}
 * characters (RFC 5321), one {@code @} with something on both sides and a dot in the domain, no spaces or
 * control characters. Deliberately simple: the mail platform decides what exists, this only refuses what
 * cannot be an address.
 */
public record LoginAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s\\p{Cntrl}<>\"]{1,64}@[^@\\s\\p{Cntrl}<>\"]+\\.[^@\\s\\p{Cntrl}<>\".]{2,}");

    /** The address, or empty when {@code input} is not one (null, blank, too long, wrong shape). */
    public static Optional<LoginAddress> parse(String input) {
        if (input == null || input.length() > MAX_LENGTH * 2) {
            return Optional.empty();
        }
        String value = input.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.contains("..") || value.startsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(new LoginAddress(value));
    }

    /** The part before the {@code @}. */
    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    /**
     * Name-like parts of the local part, for initials when an account has no names: {@code jean.dupont} →
     * [jean, dupont], {@code j_p-k} → [j, k] (first and last).
     */
    public String[] nameParts() {
        String[] parts = localPart().split("[._+\\-]+");
        java.util.List<String> words = java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
        if (words.isEmpty()) {
            return new String[] {null, null};
        }
        return new String[] {words.get(0), words.size() > 1 ? words.get(words.size() - 1) : null};
    }

    @Override
    public String toString() {
        return value;
    }
}
