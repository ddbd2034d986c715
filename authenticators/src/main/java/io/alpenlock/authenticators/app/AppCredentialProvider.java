package io.alpenlock.authenticators.app;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import io.alpenlock.authenticators.lifecycle.SecondFactors;
import org.keycloak.credential.CredentialInput;
import org.keycloak.credential.CredentialInputValidator;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Stores and checks {@value AppCredentialModel#TYPE} credentials. A code is accepted once per
 * credential and time step, cluster-wide: the first submission claims the step in Keycloak's
 * single-use store, so of N concurrent submissions of one code exactly one succeeds.
 */
public class AppCredentialProvider implements CredentialProvider<AppCredentialModel>, CredentialInputValidator {

    /**
     * The account console names the "Set up …" link with the message {@code <type>-display-name};
     * the theme must have this key besides the display name.
     */
    public static final String ACCOUNT_CONSOLE_SET_UP_KEY = "alpenlock-app-display-name";

    private final KeycloakSession session;

    AppCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getType() {
        return AppCredentialModel.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, AppCredentialModel credential) {
        return user.credentialManager().createStoredCredential(credential);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    @Override
    public AppCredentialModel getCredentialFromModel(CredentialModel model) {
        return AppCredentialModel.from(model);
    }

    public Stream<AppCredentialModel> credentials(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(AppCredentialModel.TYPE)
                .map(AppCredentialModel::from);
    }

    @Override
    public boolean supportsCredentialType(String credentialType) {
        return AppCredentialModel.TYPE.equals(credentialType);
    }

    @Override
    public boolean isConfiguredFor(RealmModel realm, UserModel user, String credentialType) {
        return supportsCredentialType(credentialType)
                && user.credentialManager().getStoredCredentialsByTypeStream(credentialType).findAny().isPresent();
    }

    /**
     * True when the input's challenge response is the current code of one of the user's apps and
     * was not used before. Claims the code, so a second call with the same code is false.
     */
    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        return input.getChallengeResponse() != null && claimCode(user, input.getChallengeResponse()).isPresent();
    }

    /** The credential whose current code this is, after claiming the code; empty if wrong or already used. */
    public Optional<AppCredentialModel> claimCode(UserModel user, String code) {
        Instant now = Instant.ofEpochMilli(org.keycloak.common.util.Time.currentTimeMillis());
        return credentials(user)
                .filter(app -> AppCodes.matchingStep(app, code, now).stream()
                        .anyMatch(step -> session.singleUseObjects().putIfAbsent(
                                AppCodes.singleUseKey(app.getId(), step), AppCodes.singleUseLifespanSeconds(app))))
                .findFirst();
    }

    /** Records a successful sign-in with this app (shown in the account console and the device API). */
    public void recordUse(UserModel user, AppCredentialModel app) {
        user.credentialManager().updateStoredCredential(
                app.withData(app.data().usedAt(org.keycloak.common.util.Time.currentTimeMillis())));
    }

    /** The account console shows, under each app, when it was last used for a sign-in. */
    @Override
    public org.keycloak.credential.CredentialMetadata getCredentialMetadata(AppCredentialModel app,
            CredentialTypeMetadata type) {
        org.keycloak.credential.CredentialMetadata metadata = new org.keycloak.credential.CredentialMetadata();
        Long lastUsed = app.data().lastUsedAt();
        if (lastUsed == null) {
            metadata.setInfoMessage("alpenlockAppNeverUsed");
        } else {
            metadata.setInfoMessage("alpenlockAppLastUsed", LAST_USED_FORMAT.format(Instant.ofEpochMilli(lastUsed)));
        }
        metadata.setCredentialModel(app);
        return metadata;
    }

    private static final java.time.format.DateTimeFormatter LAST_USED_FORMAT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext context) {
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName("alpenlockAppDisplayName")
                .helpText("alpenlockAppHelpText")
                .iconCssClass("kcAuthenticatorOTPClass")
                .createAction(ConfigureTotpAppRequiredActionFactory.PROVIDER_ID)
                .removeable(!lastAppByBearerToken(context.getUser()))
                .build(session);
    }

    /** The last second factor is removed through the sign-in that asks for it again, never on a token alone. */
    private boolean lastAppByBearerToken(UserModel user) {
        return user != null && SecondFactors.isRemovalByBearerToken(session)
                && SecondFactors.onlyOneLeftOfType(user, getType());
    }
}
