package io.alpenlock.core.recovery;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import io.alpenlock.core.smscode.IssuedSmsCode;

/**
 * A recovery e-mail address as a person typed it, checked: a plain {@code local@domain.tld} address (no display
 * name, no comments, no quoted local part, no IP-literal domain), at most {@value #MAX_LENGTH} characters, and not
 * the account's login address (a second way in must go to a second mailbox).
 *
 * <p>{@link #check} gives either the address (trimmed; the domain in lower case) or the message key of what is wrong,
 * for the page.
 */
public final class RecoveryEmailAddress {

    /** RFC 5321 limits: 254 characters for a path, 64 for the local part. */
    public static final int MAX_LENGTH = 254;
    static final int MAX_LOCAL_LENGTH = 64;

    public static final String EMPTY = "alpenlockRecoveryEmailMissing";
    public static final String INVALID = "alpenlockRecoveryEmailInvalid";
    public static final String TOO_LONG = "alpenlockRecoveryEmailTooLong";
    public static final String SAME_AS_LOGIN = "alpenlockRecoveryEmailSameAsLogin";

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    /** The outcome of {@link #check}: exactly one of {@code address} and {@code problemKey} is set. */
    public record Checked(String address, String problemKey) {

        public boolean isValid() {
            return address != null;
        }

        /** The address masked for pages and events ({@code a•••e@example.org}). */
        public String masked() {
            return ContactMasking.maskEmail(Objects.requireNonNull(address, "no valid address"));
        }

        /** What a code note and the budgets know the address by (a hash, not the address). */
        public String destination() {
            return IssuedSmsCode.emailDestination(Objects.requireNonNull(address, "no valid address"));
        }
    }

    private RecoveryEmailAddress() {
    }

    /**
     * @param typed      what the person typed (may be null)
     * @param loginEmail the account's login e-mail address (may be null)
     */
    public static Checked check(String typed, String loginEmail) {
        if (typed == null || typed.isBlank()) {
            return new Checked(null, EMPTY);
        }
        if (typed.length() > MAX_LENGTH + 2) {
            return new Checked(null, TOO_LONG);
        }
        String text = typed.strip();
        if (text.length() > MAX_LENGTH) {
            return new Checked(null, TOO_LONG);
        }
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1 || text.indexOf('@') != at) {
            return new Checked(null, INVALID);
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        if (local.length() > MAX_LOCAL_LENGTH || !LOCAL.matcher(local).matches() || !DOMAIN.matcher(domain).matches()) {
            return new Checked(null, INVALID);
        }
        String address = local + "@" + domain.toLowerCase(Locale.ROOT);
        if (loginEmail != null && sameAddress(address, loginEmail)) {
            return new Checked(null, SAME_AS_LOGIN);
        }
        return new Checked(address, null);
    }

    /** Whether two addresses are the same mailbox as far as we can tell (case-insensitive, trimmed). */
    public static boolean sameAddress(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
