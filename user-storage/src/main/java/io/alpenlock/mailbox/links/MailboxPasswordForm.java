package io.alpenlock.mailbox.links;

/**
 * The mailbox page's password change form, checked before anything is looked up: the two entries match and are
 * of a length any directory can take. The realm's password policies are applied afterwards by Keycloak.
 */
public final class MailboxPasswordForm {

    /** Longer input is refused before hashing (the Dovecot schemes cap at 4096 bytes anyway). */
    public static final int MAX_PASSWORD_LENGTH = 1024;

    public enum Problem { MISSING, MISMATCH, TOO_LONG }

    private MailboxPasswordForm() {
    }

    /** @return null when the form is fine */
    public static Problem check(String password, String confirmation) {
        if (password == null || password.isEmpty()) {
            return Problem.MISSING;
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return Problem.TOO_LONG;
        }
        if (!password.equals(confirmation)) {
            return Problem.MISMATCH;
        }
        return null;
    }
}
