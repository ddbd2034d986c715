package io.alpenlock.organizations.notices.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.alpenlock.organizations.roles.OrganizationRole;
import org.junit.jupiter.api.Test;

class MemberLeftNoticeTest {

    private static final Instant AT = Instant.parse("2026-11-26T08:41:07Z");

    @Test
    void anAccountClosureUsesItsOwnTemplateAndSubject() {
        MemberLeftNotice closed = new MemberLeftNotice("Acme", "Beat Beispiel", "beat@example.ch", true, AT);
        MemberLeftNotice left = new MemberLeftNotice("Acme", "Beat Beispiel", "beat@example.ch", false, AT);

        assertThat(closed.template()).isEqualTo(MemberLeftNotice.CLOSED_TEMPLATE);
        assertThat(closed.subjectKey()).isEqualTo(MemberLeftNotice.CLOSED_SUBJECT_KEY);
        assertThat(left.template()).isEqualTo(MemberLeftNotice.LEFT_TEMPLATE);
        assertThat(left.subjectKey()).isEqualTo(MemberLeftNotice.LEFT_SUBJECT_KEY);
    }

    @Test
    void theMemberIsNamedByFullNameAndLoginAndTheTimeInTheReadersLanguage() {
        Map<String, Object> attributes = new MemberLeftNotice("Acme", MemberLeftNotice.fullName(" Beat ", "Beispiel"),
                "beat@example.ch", true, AT).templateAttributes(Locale.ITALIAN, ZoneId.of("Europe/Zurich"));

        assertThat(attributes).containsEntry("alpenlockMemberName", "Beat Beispiel")
                .containsEntry("alpenlockMemberLogin", "beat@example.ch")
                .containsEntry("alpenlockOrganizationName", "Acme");
        assertThat((String) attributes.get("alpenlockChangedAt")).contains("26 novembre 2026", "09:41:07");
    }

    @Test
    void aMemberWithoutANameIsNamedByTheirLogin() {
        assertThat(MemberLeftNotice.fullName(null, " ")).isNull();
        assertThat(MemberLeftNotice.fullName(null, "Beispiel")).isEqualTo("Beispiel");
        assertThat(new MemberLeftNotice("Acme", null, "js4821", false, AT).memberName()).isEqualTo("js4821");
    }

    @Test
    void onlyAdministratorsAndLegalRepresentativesOtherThanTheMemberAreTold() {
        List<Map.Entry<String, OrganizationRole>> roles = List.of(
                Map.entry("lr", OrganizationRole.LEGAL_REPRESENTATIVE),
                Map.entry("admin", OrganizationRole.ADMINISTRATOR),
                Map.entry("collab", OrganizationRole.COLLABORATOR),
                Map.entry("ext", OrganizationRole.EXTERNAL),
                Map.entry("leaving", OrganizationRole.ADMINISTRATOR),
                Map.entry("admin", OrganizationRole.ADMINISTRATOR));

        assertThat(NoticeRecipients.whenMemberLeaves(roles, "leaving")).containsExactly("lr", "admin");
        assertThat(NoticeRecipients.whenMemberLeaves(List.of(Map.entry("leaving", OrganizationRole.LEGAL_REPRESENTATIVE)),
                "leaving")).isEmpty();
    }
}
