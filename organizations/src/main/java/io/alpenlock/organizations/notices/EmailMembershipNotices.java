package io.alpenlock.organizations.notices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.alpenlock.organizations.notices.content.MemberLeftNotice;
import io.alpenlock.organizations.notices.content.NoticeRecipients;
import io.alpenlock.organizations.notices.content.RoleChangeSummary;
import io.alpenlock.organizations.roles.OrganizationRole;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * {@link MembershipNotices} by e-mail, in each recipient's language, after the change has committed. What the
 * e-mail says is taken when the change is made (names, roles, recipients: a closed account or a left
 * organization can no longer be read afterwards); the e-mails are rendered and sent once the request's
 * transaction has committed, each in a transaction of its own. Nothing is kept outside the request.
 */
final class EmailMembershipNotices implements MembershipNotices {

    private static final String MANAGERS = "select r.userId, r.role from OrganizationMemberRoleEntity r"
            + " where r.organizationId = :organizationId and r.role in (:roles) order by r.userId";

    private final KeycloakSession session;

    EmailMembershipNotices(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void roleChanged(RealmModel realm, OrganizationModel organization, UserModel member, String oldRole,
            String newRole, String changedBy) {
        RoleChangeSummary summary = RoleChangeSummary.of(nameOf(organization), oldRole, newRole, changedBy, now());
        if (!summary.isChange()) {
            return; // only the product permissions changed (a realm administrator may do that): no role news
        }
        String realmId = realm.getId();
        String memberId = member.getId();
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        afterCommit("role-change", () -> MembershipMailer.send(factory, realmId, memberId, "role-change",
                RoleChangeSummary.SUBJECT_KEY, List.of(summary.organizationName()), RoleChangeSummary.TEMPLATE,
                summary::templateAttributes));
    }

    @Override
    public void memberLeft(RealmModel realm, OrganizationModel organization, UserModel member, boolean accountClosed) {
        MemberLeftNotice notice = new MemberLeftNotice(nameOf(organization),
                MemberLeftNotice.fullName(member.getFirstName(), member.getLastName()), loginOf(member),
                accountClosed, now());
        List<String> recipients = NoticeRecipients.whenMemberLeaves(managers(organization.getId()), member.getId());
        if (recipients.isEmpty()) {
            return;
        }
        String realmId = realm.getId();
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String kind = accountClosed ? "account-closed" : "member-left";
        afterCommit(kind, () -> {
            for (String recipient : recipients) {
                MembershipMailer.send(factory, realmId, recipient, kind, notice.subjectKey(),
                        List.of(notice.organizationName()), notice.template(), notice::templateAttributes);
            }
        });
    }

    /** The organization's administrators and legal representatives, as stored now (inside the change's transaction). */
    private List<Map.Entry<String, OrganizationRole>> managers(String organizationId) {
        List<Object[]> rows = session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createQuery(MANAGERS, Object[].class)
                .setParameter("organizationId", organizationId)
                .setParameter("roles", List.of(OrganizationRole.LEGAL_REPRESENTATIVE.wireName(),
                        OrganizationRole.ADMINISTRATOR.wireName()))
                .getResultList();
        List<Map.Entry<String, OrganizationRole>> managers = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            managers.add(Map.entry((String) row[0], OrganizationRole.parse((String) row[1])));
        }
        return managers;
    }

    private void afterCommit(String what, Runnable send) {
        session.getTransactionManager().enlistAfterCompletion(new AfterCommit(what, send));
    }

    private static String nameOf(OrganizationModel organization) {
        String name = organization.getName();
        return name == null || name.isBlank() ? organization.getAlias() : name;
    }

    private static String loginOf(UserModel member) {
        return member.getEmail() != null && !member.getEmail().isBlank() ? member.getEmail() : member.getUsername();
    }

    private static Instant now() {
        return Instant.ofEpochMilli(Time.currentTimeMillis());
    }
}
