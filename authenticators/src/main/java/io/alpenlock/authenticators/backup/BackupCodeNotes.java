package io.alpenlock.authenticators.backup;

import java.util.Arrays;
import java.util.List;

import io.alpenlock.core.backup.BackupCodeFormat;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What one sign-in remembers about backup codes, in authentication-session notes (cluster-wide, gone with
 * the sign-in).
 */
final class BackupCodeNotes {

    /** Codes left after the code this sign-in used (set by the authenticator). */
    static final String USED_REMAINING = "alpenlock.backup.used-remaining";
    /** The new codes on the page, until the user stores them: a refresh shows the same set. */
    static final String PENDING_CODES = "alpenlock.backup.pending";
    /** The user asked for a new set on the warning page. */
    static final String NEW_SET_ASKED = "alpenlock.backup.new-set-asked";
    /** A second factor was set up in this sign-in (the user just proved having it). */
    static final String SECOND_FACTOR_SET_UP = "alpenlock.backup.second-factor-set-up";
    /** The backup-code step is over for this sign-in: never stop again. */
    static final String DONE = "alpenlock.backup.done";

    private BackupCodeNotes() {
    }

    static List<String> pendingCodes(AuthenticationSessionModel authSession) {
        String pending = authSession.getAuthNote(PENDING_CODES);
        if (pending == null || pending.isEmpty()) {
            return List.of();
        }
        List<String> codes = Arrays.asList(pending.split(","));
        return codes.stream().allMatch(BackupCodeFormat::isCanonical) ? List.copyOf(codes) : List.of();
    }

    static void setPendingCodes(AuthenticationSessionModel authSession, List<String> codes) {
        authSession.setAuthNote(PENDING_CODES, String.join(",", codes));
    }
}
