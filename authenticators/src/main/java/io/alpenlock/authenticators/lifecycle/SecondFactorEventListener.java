package io.alpenlock.authenticators.lifecycle;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.alpenlock.authenticators.backup.BackupCodeCredentialProvider;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Reacts to the removal of a credential, wherever it happened: the account console and the app's
 * unenrol (user event {@code REMOVE_CREDENTIAL}) or a realm admin (admin event ACTION on
 * {@code users/{id}/credentials/{credentialId}}). When no second factor is left, the backup codes are
 * deleted and, in a realm that requires 2FA, the set-up action goes back on the user. Runs in the
 * request's transaction, so all of it is saved together with the removal.
 */
final class SecondFactorEventListener implements EventListenerProvider {

    private static final Pattern CREDENTIAL_PATH = Pattern.compile("users/([^/]+)/credentials/[^/]+");

    private final KeycloakSession session;

    SecondFactorEventListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() == EventType.REMOVE_CREDENTIAL && event.getError() == null && event.getUserId() != null) {
            afterRemoval(event.getRealmId(), event.getUserId());
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // Keycloak records the admin's credential removal as an ACTION on users/{id}/credentials/{id}
        // (DELETE accepted too, should that change); other credential actions have a longer path.
        boolean removal = event.getOperationType() == OperationType.ACTION || event.getOperationType() == OperationType.DELETE;
        if (event.getResourceType() != ResourceType.USER || !removal
                || event.getResourcePath() == null || event.getError() != null) {
            return;
        }
        Matcher matcher = CREDENTIAL_PATH.matcher(event.getResourcePath());
        if (matcher.matches()) {
            afterRemoval(event.getRealmId(), matcher.group(1));
        }
    }

    private void afterRemoval(String realmId, String userId) {
        RealmModel realm = session.realms().getRealm(realmId);
        UserModel user = realm == null ? null : session.users().getUserById(realm, userId);
        if (user != null && !SecondFactors.hasAny(user)) {
            // 2FA is off: backup codes go too, or they alone would become the sign-in's second step.
            BackupCodeCredentialProvider.of(session).removeAll(realm, user);
            SecondFactors.restoreSetUpIfRequired(realm, user);
        }
    }

    @Override
    public void close() {
    }
}
