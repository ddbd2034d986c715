package io.alpenlock.organizations.notices.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import io.alpenlock.organizations.roles.OrganizationRole;
import org.junit.jupiter.api.Test;

class RoleChangeSummaryTest {

    private static final Instant AT = Instant.parse("2026-11-26T08:41:07Z");
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    @Test
    void givesTheTemplateBothRolesAsWireNamesAndTheTimeInTheReadersLanguageWithItsZone() {
        RoleChangeSummary summary = RoleChangeSummary.of("Acme SA", "collaborator", "Administrator ", "admin", AT);

        Map<String, Object> german = summary.templateAttributes(Locale.GERMAN, ZURICH);

        assertThat(german).containsEntry("alpenlockOrganizationName", "Acme SA")
                .containsEntry("alpenlockOldRole", "collaborator")
                .containsEntry("alpenlockNewRole", "administrator")
                .containsEntry("alpenlockChangedBy", "admin")
                .containsEntry("alpenlockRoleRaised", true);
        assertThat((String) german.get("alpenlockChangedAt")).contains("26. November 2026", "09:41:07", "MEZ");
        assertThat((String) summary.templateAttributes(Locale.FRENCH, ZoneId.of("UTC")).get("alpenlockChangedAt"))
                .contains("26 novembre 2026", "08:41:07", "UTC");
    }

    @Test
    void aLowerRoleIsNotARaise() {
        RoleChangeSummary summary = new RoleChangeSummary("Acme", OrganizationRole.LEGAL_REPRESENTATIVE,
                OrganizationRole.EXTERNAL, "x", AT);

        assertThat(summary.templateAttributes(Locale.ENGLISH, ZURICH)).containsEntry("alpenlockRoleRaised", false);
        assertThat(summary.isChange()).isTrue();
    }

    @Test
    void theSameRoleAgainIsNoChange() {
        assertThat(RoleChangeSummary.of("Acme", "external", "external", "x", AT).isChange()).isFalse();
    }

    @Test
    void namesPeopleTypedLoseLineBreaksAndInvisibleCharactersAndAreBounded() {
        RoleChangeSummary summary = RoleChangeSummary.of("Acme\r\nBcc: evil@example.org\u202E", "external",
                "collaborator", "x".repeat(500), AT);

        assertThat(summary.organizationName()).isEqualTo("Acme Bcc: evil@example.org");
        assertThat(summary.changedBy()).hasSize(NoticeText.MAX_LENGTH + 1).endsWith("…");
    }

    @Test
    void unknownRoleNamesAreABugOfTheCaller() {
        assertThatThrownBy(() -> RoleChangeSummary.of("Acme", "owner", "external", "x", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
