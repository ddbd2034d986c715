package io.alpenlock.authenticators.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.keycloak.authentication.requiredactions.DeleteCredentialAction;

/** Our "Delete Credential" takes Keycloak's place: same id, registered, and Keycloak prefers it. */
class GuardedDeleteCredentialActionTest {

    @Test
    void replacesKeycloaksDeleteCredentialActionUnderItsId() throws IOException {
        GuardedDeleteCredentialAction action = new GuardedDeleteCredentialAction();
        assertThat(action.getId()).isEqualTo(DeleteCredentialAction.PROVIDER_ID);
        // Keycloak keeps the factory with the higher order; on a tie, the one outside org.keycloak.
        assertThat(action.order()).isGreaterThanOrEqualTo(new DeleteCredentialAction().order());
        assertThat(action.getClass().getPackageName()).doesNotStartWith("org.keycloak");
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/services/org.keycloak.authentication.RequiredActionFactory")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains(GuardedDeleteCredentialAction.class.getName());
        }
    }
}
