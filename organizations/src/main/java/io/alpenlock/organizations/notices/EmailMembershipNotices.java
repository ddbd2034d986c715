package io.alpenlock.organizations.notices;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * {@link MembershipNotices} by e-mail, in each recipient's language, after the change has committed.
 * (Being written: until then it sends nothing.)
 */
final class EmailMembershipNotices implements MembershipNotices {

    private final KeycloakSession session;

    EmailMembershipNotices(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void roleChanged(RealmModel realm, OrganizationModel organization, UserModel member, String oldRole,
            String newRole, String changedBy) {
    }

    @Override
    public void memberLeft(RealmModel realm, OrganizationModel organization, UserModel member,
            boolean accountClosed) {
    }
}
