package io.alpenlock.mailbox.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.alpenlock.mailbox.directory.DirectoryUnavailableException;

class DeletionCheckPlanTest {

    private static DeletionCheckPlan.Login login(String id, String login, String marker) {
        return new DeletionCheckPlan.Login(id, login, marker);
    }

    @Test
    void aLinkedAddressTheDirectoryNoLongerHasIsVanished() {
        Set<String> directory = Set.of("kept@x.test");
        DeletionCheckPlan plan = DeletionCheckPlan.of(List.of("kept@x.test", "gone@x.test"), List.of(),
                directory::contains);
        assertThat(plan.checked()).containsExactlyInAnyOrder("kept@x.test", "gone@x.test");
        assertThat(plan.vanished()).containsExactly("gone@x.test");
    }

    @Test
    void aLoginSeenAsAMailboxBeforeCountsWhenItVanishes() {
        DeletionCheckPlan plan = DeletionCheckPlan.of(List.of(),
                List.of(login("u1", "Anna@X.test", "anna@x.test")), a -> false);
        assertThat(plan.vanished()).containsExactly("anna@x.test");
        assertThat(plan.checked()).containsExactly("anna@x.test");
    }

    @Test
    void aLoginThatNeverWasAMailboxIsNeverVanishedNorCounted() {
        DeletionCheckPlan plan = DeletionCheckPlan.of(List.of(), List.of(login("u1", "bob@gmail.test", null)),
                a -> false);
        assertThat(plan.vanished()).isEmpty();
        assertThat(plan.checked()).isEmpty();
        assertThat(plan.newlyHosted()).isEmpty();
    }

    @Test
    void aLoginFoundInTheDirectoryForTheFirstTimeIsMarked() {
        DeletionCheckPlan.Login anna = login("u1", "anna@x.test", null);
        DeletionCheckPlan.Login renamed = login("u2", "new@x.test", "old@x.test");
        DeletionCheckPlan.Login known = login("u3", "known@x.test", "known@x.test");
        DeletionCheckPlan plan = DeletionCheckPlan.of(List.of(), List.of(anna, renamed, known), a -> true);
        assertThat(plan.newlyHosted()).containsExactly(anna, renamed);
        assertThat(plan.vanished()).isEmpty();
        assertThat(plan.checked()).hasSize(3);
    }

    @Test
    void anAddressBothLinkedAndALoginIsAskedOnce() {
        List<String> asked = new ArrayList<>();
        DeletionCheckPlan plan = DeletionCheckPlan.of(List.of("anna@x.test"),
                List.of(login("u1", "anna@x.test", null)), a -> {
                    asked.add(a);
                    return false;
                });
        assertThat(asked).containsExactly("anna@x.test");
        assertThat(plan.vanished()).containsExactly("anna@x.test");
        assertThat(plan.checked()).hasSize(1);
    }

    @Test
    void aDirectoryThatCannotAnswerAbandonsThePlan() {
        assertThatThrownBy(() -> DeletionCheckPlan.of(List.of("a@x.test"), List.of(), a -> {
            throw new DirectoryUnavailableException("down");
        })).isInstanceOf(DirectoryUnavailableException.class);
    }
}
