package io.alpenlock.organizations.notices;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * What people are told about changes in their organizations. Every server-side path that changes a member's
 * role, or through which a member leaves, calls this inside its transaction; implementations send only after
 * that transaction has committed (a refused or rolled-back change tells nobody anything).
 */
public interface MembershipNotices {

    /**
     * The member whose role changed gets a summary: organization, old and new role, who changed it, when.
     *
     * @param changedBy display name of whoever made the change (an organization admin, or a realm administrator)
     */
    void roleChanged(RealmModel realm, OrganizationModel organization, UserModel member, String oldRole,
            String newRole, String changedBy);

    /**
     * The organization's administrators and legal representatives (other than the member) are told that the
     * member left it, or closed their account when {@code accountClosed}.
     */
    void memberLeft(RealmModel realm, OrganizationModel organization, UserModel member, boolean accountClosed);

    /** The implementation for this request. */
    static MembershipNotices of(KeycloakSession session) {
        return new EmailMembershipNotices(session);
    }
}
