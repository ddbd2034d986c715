package io.alpenlock.organizations.notices.content;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.alpenlock.organizations.roles.OrganizationRole;

/** Who is told that a member left an organization: its administrators and legal representatives, not the member. */
public final class NoticeRecipients {

    private NoticeRecipients() {
    }

    /**
     * @param roles   each member's user id and stored role in the organization
     * @param leaving the member who left (never told about themself)
     * @return the user ids to tell, in the order given, each once
     */
    public static List<String> whenMemberLeaves(Collection<Map.Entry<String, OrganizationRole>> roles, String leaving) {
        LinkedHashSet<String> recipients = new LinkedHashSet<>();
        for (Map.Entry<String, OrganizationRole> member : roles) {
            if (member.getValue().managesMembers() && !member.getKey().equals(leaving)) {
                recipients.add(member.getKey());
            }
        }
        return List.copyOf(recipients);
    }
}
