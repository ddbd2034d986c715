package io.alpenlock.authenticators.backup;

import io.alpenlock.authenticators.app.AlpenlockRequiredActionFactory;

/**
 * "Backup codes": shows a new set once (after the first second factor, on request from the account console,
 * or when none are left), and after a sign-in with a code how many are left. Comes after every other
 * required action, so that the sign-in's LOGIN event follows it in the same request and carries its details.
 */
public class BackupCodesRequiredActionFactory extends AlpenlockRequiredActionFactory {

    public static final String PROVIDER_ID = "alpenlock-backup-codes";
    /** After Keycloak's own actions (the last of which, update_user_locale, has 1000). */
    static final int PRIORITY = 1100;

    public BackupCodesRequiredActionFactory() {
        super(PROVIDER_ID, "Alpenlock: backup codes", PRIORITY, new BackupCodesRequiredAction());
    }
}
