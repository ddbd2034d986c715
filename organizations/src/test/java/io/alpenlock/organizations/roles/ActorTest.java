package io.alpenlock.organizations.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void aMemberHasARoleAndANonMemberNone() {
        Actor administrator = Actor.member(OrganizationRole.ADMINISTRATOR);

        assertThat(administrator.isMember()).isTrue();
        assertThat(administrator.role()).contains(OrganizationRole.ADMINISTRATOR);
        assertThat(administrator.is(OrganizationRole.ADMINISTRATOR)).isTrue();
        assertThat(administrator.managesMembers()).isTrue();
        assertThat(Actor.member(OrganizationRole.EXTERNAL).managesMembers()).isFalse();

        assertThat(Actor.nonMember().isMember()).isFalse();
        assertThat(Actor.nonMember().role()).isEmpty();
        assertThat(Actor.nonMember().managesMembers()).isFalse();
        assertThat(Actor.nonMember().is(OrganizationRole.EXTERNAL)).isFalse();
        assertThat(Actor.nonMember()).hasToString("Actor[not a member]");
    }

    @Test
    void aMemberWithoutRoleDoesNotExist() {
        assertThatThrownBy(() -> Actor.member(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Actor(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Target.other(null)).isInstanceOf(NullPointerException.class);
    }
}
