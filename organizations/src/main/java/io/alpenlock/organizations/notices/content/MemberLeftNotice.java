package io.alpenlock.organizations.notices.content;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The e-mail to an organization's administrators and legal representatives when a member left it, or closed
 * their account (which ends every membership).
 *
 * @param memberName  the member's full name, or their login when they gave none (cleaned)
 * @param memberLogin the member's login identifier (cleaned)
 */
public record MemberLeftNotice(String organizationName, String memberName, String memberLogin, boolean accountClosed,
        Instant at) {

    public static final String LEFT_TEMPLATE = "alpenlock-organization-member-left.ftl";
    public static final String CLOSED_TEMPLATE = "alpenlock-organization-account-closed.ftl";
    /** Subjects: {0} = organization name. */
    public static final String LEFT_SUBJECT_KEY = "alpenlockOrgMemberLeftSubject";
    public static final String CLOSED_SUBJECT_KEY = "alpenlockOrgAccountClosedSubject";

    public MemberLeftNotice {
        Objects.requireNonNull(at, "at");
        organizationName = NoticeText.clean(organizationName, "?");
        memberLogin = NoticeText.clean(memberLogin, "?");
        memberName = NoticeText.clean(memberName, memberLogin);
    }

    /** "First Last", the one that is set, or null when neither is (the login is used then). */
    public static String fullName(String firstName, String lastName) {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        String full = (first + " " + last).strip();
        return full.isEmpty() ? null : full;
    }

    public String template() {
        return accountClosed ? CLOSED_TEMPLATE : LEFT_TEMPLATE;
    }

    public String subjectKey() {
        return accountClosed ? CLOSED_SUBJECT_KEY : LEFT_SUBJECT_KEY;
    }

    public Map<String, Object> templateAttributes(Locale locale, ZoneId zone) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("alpenlockOrganizationName", organizationName);
        attributes.put("alpenlockMemberName", memberName);
        attributes.put("alpenlockMemberLogin", memberLogin);
        attributes.put("alpenlockChangedAt", NoticeTime.format(at, locale, zone));
        return attributes;
    }
}
