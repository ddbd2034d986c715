package io.alpenlock.authenticators.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Keycloak finds every backup-code provider, and the changelog the entity provider names is packaged. */
class BackupCodeRegistrationTest {

    @Test
    void everyFactoryIsListedInItsServiceFile() throws IOException {
        assertThat(services("org.keycloak.authentication.AuthenticatorFactory"))
                .contains(BackupCodeAuthenticatorFactory.class.getName());
        assertThat(services("org.keycloak.authentication.RequiredActionFactory"))
                .contains(BackupCodesRequiredActionFactory.class.getName());
        assertThat(services("org.keycloak.credential.CredentialProviderFactory"))
                .contains(BackupCodeCredentialProviderFactory.class.getName());
        assertThat(services("org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory"))
                .contains(BackupCodeJpaEntityProviderFactory.class.getName());
    }

    @Test
    void theChangelogCreatesTheTableTheEntityMapsWithItsKey() throws IOException {
        BackupCodeJpaEntityProvider provider = new BackupCodeJpaEntityProvider();
        assertThat(provider.getEntities()).containsExactly(BackupCodeUseEntity.class);
        String changelog = resource(provider.getChangelogLocation());
        assertThat(changelog).contains("createTable tableName=\"ALPENLOCK_BACKUP_CODE_USE\"")
                .contains("columnNames=\"CREDENTIAL_ID, CODE_INDEX\"")
                .contains("referencedTableName=\"CREDENTIAL\"").contains("onDelete=\"CASCADE\"");
        assertThat(BackupCodeUseEntity.class.getAnnotation(jakarta.persistence.Table.class).name())
                .isEqualTo("ALPENLOCK_BACKUP_CODE_USE");
    }

    private static String services(String spi) throws IOException {
        return resource("META-INF/services/" + spi);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = BackupCodeRegistrationTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
