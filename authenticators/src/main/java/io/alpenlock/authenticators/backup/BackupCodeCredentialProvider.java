package io.alpenlock.authenticators.backup;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.alpenlock.authenticators.lifecycle.SecondFactors;
import io.alpenlock.core.backup.BackupCodeFormat;
import io.alpenlock.core.backup.BackupCodePrompt;
import io.alpenlock.core.backup.HashedBackupCodes;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.credential.CredentialMetadata;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Stores and checks {@value BackupCodeCredentialModel#TYPE} credentials: one set of codes per user. A code
 * works once, in any order, cluster-wide: the first use claims the code's row in the shared database, so of
 * N concurrent submissions of one code exactly one succeeds. A new set replaces the old one entirely.
 */
public class BackupCodeCredentialProvider implements CredentialProvider<BackupCodeCredentialModel>, CredentialInputValidator {

    /** The account console names the "Set up …" link with the message {@code <type>-display-name}. */
    public static final String ACCOUNT_CONSOLE_SET_UP_KEY = "alpenlock-backup-codes-display-name";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakSession session;

    BackupCodeCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    /** A use of a code that worked: the set it belongs to and how many codes of it are left. */
    public record Use(String credentialId, int remaining) {
    }

    public static BackupCodeCredentialProvider of(KeycloakSession session) {
        return (BackupCodeCredentialProvider) session.getProvider(CredentialProvider.class,
                BackupCodeCredentialProviderFactory.PROVIDER_ID);
    }

    @Override
    public String getType() {
        return BackupCodeCredentialModel.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, BackupCodeCredentialModel credential) {
        return user.credentialManager().createStoredCredential(credential);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        new BackupCodeUses(session).forget(credentialId);
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    @Override
    public BackupCodeCredentialModel getCredentialFromModel(CredentialModel model) {
        return BackupCodeCredentialModel.from(model);
    }

    /** The user's current set, if any (the newest, should an older one have survived). */
    public Optional<BackupCodeCredentialModel> current(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(BackupCodeCredentialModel.TYPE)
                .max(Comparator.comparing(c -> c.getCreatedDate() == null ? 0L : c.getCreatedDate()))
                .map(BackupCodeCredentialModel::from);
    }

    /** Unused codes of a set. */
    public int remaining(BackupCodeCredentialModel credential) {
        return Math.max(0, credential.data().total() - new BackupCodeUses(session).count(credential.getId()));
    }

    /**
     * Stores a new set made of these canonical codes, with this label, and deletes every earlier set of the user
     * (with its record of used codes), so none of the old codes works any more. Returns the stored credential.
     */
    public BackupCodeCredentialModel replaceAll(RealmModel realm, UserModel user, List<String> codes, String label) {
        HashedBackupCodes hashed = HashedBackupCodes.hash(codes, RANDOM, HashedBackupCodes.DEFAULT_ITERATIONS);
        // The old set goes first: Keycloak refuses two credentials of one type with the same label. Both
        // changes commit together, so the user is never left without a set.
        user.credentialManager().getStoredCredentialsByTypeStream(BackupCodeCredentialModel.TYPE)
                .map(CredentialModel::getId).toList()
                .forEach(id -> deleteCredential(realm, user, id));
        return BackupCodeCredentialModel.from(
                createCredential(realm, user, BackupCodeCredentialModel.create(hashed, label, Time.currentTimeMillis())));
    }

    /** Deletes every set of the user (2FA was turned off: a backup code alone must not become a login step). */
    public int removeAll(RealmModel realm, UserModel user) {
        List<String> ids = user.credentialManager().getStoredCredentialsByTypeStream(BackupCodeCredentialModel.TYPE)
                .map(CredentialModel::getId).toList();
        ids.forEach(id -> deleteCredential(realm, user, id));
        return ids.size();
    }

    /**
     * Uses a canonical code (see {@link BackupCodeFormat#normalize}): empty if it is not one of the user's
     * codes or was used before. Costs one password hash whatever the outcome (with a set).
     */
    public Optional<Use> use(UserModel user, String code) {
        Optional<BackupCodeCredentialModel> credential = current(user);
        if (credential.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt index = credential.get().hashed().indexOf(code);
        if (index.isEmpty()) {
            return Optional.empty();
        }
        if (!new BackupCodeUses(session).claim(credential.get().getId(), index.getAsInt())) {
            return Optional.empty();
        }
        return Optional.of(new Use(credential.get().getId(), remaining(credential.get())));
    }

    @Override
    public boolean supportsCredentialType(String credentialType) {
        return BackupCodeCredentialModel.TYPE.equals(credentialType);
    }

    /** Configured while at least one code of the user's set is unused. */
    @Override
    public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        return supportsCredentialType(credentialType) && current(user).map(c -> remaining(c) > 0).orElse(false);
    }

    /** True when the input is an unused code of the user, which it uses up. */
    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        return supportsCredentialType(input.getType())
                && BackupCodeFormat.normalize(input.getChallengeResponse()).flatMap(code -> use(user, code)).isPresent();
    }

    /**
     * The account console shows how many codes are left ("Codes left 7 / 10"), and warns when few or none are.
     * The console formats messages with i18next, not MessageFormat, so the count goes in an info property
     * (printed as given) rather than into a {0} placeholder.
     */
    @Override
    public CredentialMetadata getCredentialMetadata(BackupCodeCredentialModel credential, CredentialTypeMetadata type) {
        CredentialMetadata metadata = new CredentialMetadata();
        int remaining = remaining(credential);
        metadata.setInfoProperties(List.of(new CredentialMetadata.LocalizedMessage("alpenlockBackupCodesLeftLabel",
                new Object[] {remaining + " / " + credential.data().total()})));
        if (remaining <= BackupCodePrompt.LOW_THRESHOLD) {
            metadata.setWarningMessageTitle(remaining == 0 ? "alpenlockBackupCodesNoneLeftTitle" : "alpenlockBackupCodesLowTitle");
            metadata.setWarningMessageDescription("alpenlockBackupCodesLowDescription");
        }
        metadata.setCredentialModel(credential);
        return metadata;
    }

    /**
     * Two-factor category. "Set up" for a user with a second factor but no codes; "Update" (a new set, after a
     * fresh sign-in) for a user with codes. Codes cannot be removed on their own.
     */
    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext context) {
        CredentialTypeMetadata.CredentialTypeMetadataBuilder builder = CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName("alpenlockBackupCodesDisplayName")
                .helpText("alpenlockBackupCodesHelpText")
                .iconCssClass("kcAuthenticatorRecoveryAuthnCodesClass")
                .removeable(false);
        UserModel user = context.getUser();
        if (user != null) {
            if (current(user).isPresent()) {
                builder.updateAction(BackupCodesRequiredActionFactory.PROVIDER_ID);
            } else if (SecondFactors.hasAny(user)) {
                builder.createAction(BackupCodesRequiredActionFactory.PROVIDER_ID);
            }
        }
        return builder.build(session);
    }
}
