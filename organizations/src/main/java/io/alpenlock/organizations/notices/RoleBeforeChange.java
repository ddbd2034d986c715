package io.alpenlock.organizations.notices;

import io.alpenlock.organizations.jpa.OrganizationMemberRoleEntity;
import io.alpenlock.organizations.roles.OrganizationRole;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.jpa.entities.OrganizationEntity;

/**
 * A member's role just before it is changed, for the summary e-mail's "old role". Takes the organization's row
 * lock that a role change takes anyway (the same transaction takes it again at no cost), so no concurrent change
 * can slip in between this read and the change: the old role in the e-mail is the one the change replaced.
 * May throw the lock exceptions of a role change ({@code PessimisticLockException}, {@code LockTimeoutException}).
 */
public final class RoleBeforeChange {

    private RoleBeforeChange() {
    }

    /** The wire name of the member's current role ({@link OrganizationRole#WITHOUT_ASSIGNMENT} when none is stored). */
    public static String read(KeycloakSession session, String organizationId, String userId) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        em.find(OrganizationEntity.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        OrganizationMemberRoleEntity row = em.find(OrganizationMemberRoleEntity.class,
                new OrganizationMemberRoleEntity.Key(organizationId, userId));
        if (row == null) {
            return OrganizationRole.WITHOUT_ASSIGNMENT.wireName();
        }
        em.refresh(row);
        try {
            return OrganizationRole.parse(row.getRole()).wireName();
        } catch (IllegalArgumentException damaged) {
            return OrganizationRole.EXTERNAL.wireName();
        }
    }
}
