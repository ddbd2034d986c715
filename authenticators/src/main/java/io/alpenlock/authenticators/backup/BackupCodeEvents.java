package io.alpenlock.authenticators.backup;

/**
 * The event details backup codes add, for event listeners (security e-mails):
 * <ul>
 *   <li>a sign-in completed with a code: {@code LOGIN} with {@code credential_type=alpenlock-backup-codes} and
 *       {@value #REMAINING}{@code =<n>} (codes left after this use);</li>
 *   <li>a first set stored or a set replaced: {@code UPDATE_CREDENTIAL} with
 *       {@code credential_type=alpenlock-backup-codes}, {@value #CHANGE}{@code =}{@value #ACTIVATED} or
 *       {@value #REGENERATED}, and {@value #REMAINING}{@code =10};</li>
 *   <li>a wrong, reused or unreadable code: {@code LOGIN_ERROR} {@code invalid_user_credentials} with
 *       {@code credential_type=alpenlock-backup-codes}.</li>
 * </ul>
 */
public final class BackupCodeEvents {

    public static final String REMAINING = "alpenlock_codes_remaining";
    public static final String CHANGE = "alpenlock_backup_codes";
    public static final String ACTIVATED = "activated";
    public static final String REGENERATED = "regenerated";

    private BackupCodeEvents() {
    }
}
