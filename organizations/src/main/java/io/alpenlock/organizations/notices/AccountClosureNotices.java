package io.alpenlock.organizations.notices;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * A user is being deleted, by themself (Keycloak's "delete account" required action or account console) or by
 * an administrator: both go through {@code UserManager.removeUser}, whose user storage publishes
 * {@link UserModel.UserPreRemovedEvent} in the deleting transaction while the user's memberships and roles can
 * still be read. Each of their organizations' administrators and legal representatives is told, once that
 * transaction has committed (a deletion that fails tells nobody).
 */
public final class AccountClosureNotices {

    private static final Logger LOG = Logger.getLogger(AccountClosureNotices.class);

    private AccountClosureNotices() {
    }

    public static void userBeingRemoved(KeycloakSession session, RealmModel realm, UserModel user) {
        if (realm == null || user == null || !realm.isOrganizationsEnabled()) {
            return;
        }
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (organizations == null) {
            return;
        }
        try {
            List<OrganizationModel> memberOf = organizations.getByMember(user).toList();
            MembershipNotices notices = MembershipNotices.of(session);
            for (OrganizationModel organization : memberOf) {
                notices.memberLeft(realm, organization, user, true);
            }
        } catch (RuntimeException e) {
            // telling the organizations must never stop the deletion itself
            LOG.errorf("Could not prepare the account-closed notices for user %s in realm %s: %s", user.getId(),
                    realm.getName(), e.toString());
        }
    }
}
