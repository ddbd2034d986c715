package io.alpenlock.events.notification;

/**
 * The events the backup-code server side emits (contract with the authenticators module):
 * <ul>
 *   <li>a sign-in with a backup code: the login's {@code LOGIN} event with details
 *       {@value #CREDENTIAL_TYPE_DETAIL} = {@value #CREDENTIAL_TYPE} and {@value #CODES_REMAINING} = how many
 *       unused codes are left (digits);</li>
 *   <li>new codes: {@code UPDATE_CREDENTIAL} with {@value #CREDENTIAL_TYPE_DETAIL} = {@value #CREDENTIAL_TYPE}
 *       and {@value #CHANGE} = {@value #REGENERATED}, or {@value #ACTIVATED} for the first codes, shown when
 *       2FA is set up (no e-mail of its own: the "2FA turned on" e-mail covers it).</li>
 * </ul>
 */
public final class BackupCodeEvents {

    public static final String CREDENTIAL_TYPE_DETAIL = "credential_type";
    public static final String CREDENTIAL_TYPE = "alpenlock-backup-codes";
    public static final String CODES_REMAINING = "alpenlock_codes_remaining";
    public static final String CHANGE = "alpenlock_backup_codes";
    public static final String REGENERATED = "regenerated";
    public static final String ACTIVATED = "activated";

    private BackupCodeEvents() {
    }
}
