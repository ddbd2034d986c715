package io.alpenlock.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.UserModel;

import io.alpenlock.mailbox.MailboxUserStorageProvider.Query;

/** How Keycloak's user queries (admin console, REST API) become directory searches. */
class MailboxQueryTest {

    @Test
    void noParametersListEveryMailbox() {
        assertThat(Query.of(Map.of())).contains(new Query("", null));
        assertThat(Query.of(Map.of(UserModel.INCLUDE_SERVICE_ACCOUNT, "true"))).contains(new Query("", null));
    }

    @Test
    void theConsoleSearchBoxIsASubstringSearch() {
        assertThat(Query.of(Map.of(UserModel.SEARCH, "alice", UserModel.INCLUDE_SERVICE_ACCOUNT, "false")))
                .contains(new Query("alice", null));
    }

    @Test
    void anExactUsernameOrEmailIsOneAddress() {
        assertThat(Query.of(Map.of(UserModel.USERNAME, "Alice@example.org", UserModel.EXACT, "true")))
                .contains(new Query(null, "Alice@example.org"));
        assertThat(Query.of(Map.of(UserModel.EMAIL, "alice@example.org", UserModel.EXACT, "true")))
                .contains(new Query(null, "alice@example.org"));
        assertThat(Query.of(Map.of(UserModel.USERNAME, "alice"))).contains(new Query("alice", null));
    }

    @Test
    void differentUsernameAndEmailOrAttributesMailboxesDoNotHaveMatchNothing() {
        assertThat(Query.of(Map.of(UserModel.USERNAME, "a@example.org", UserModel.EMAIL, "b@example.org")))
                .isEmpty();
        assertThat(Query.of(Map.of("department", "sales"))).isEmpty();
        assertThat(Query.of(Map.of(UserModel.IDP_ALIAS, "google"))).isEmpty();
        assertThat(Query.of(Map.of(UserModel.EMAIL_VERIFIED, "false"))).isEmpty();
    }
}
