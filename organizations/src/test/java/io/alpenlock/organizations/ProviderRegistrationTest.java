package io.alpenlock.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.alpenlock.organizations.admin.OrganizationsRealmResourceProviderFactory;
import io.alpenlock.organizations.jpa.OrganizationRolesJpaEntityProviderFactory;
import io.alpenlock.organizations.mapper.OrganizationRoleMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.protocol.ProtocolMapper;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Keycloak finds providers only through META-INF/services: each of our factories is listed, and nothing else. */
class ProviderRegistrationTest {

    @Test
    void theRolesTableIsRegistered() throws IOException {
        assertThat(services(JpaEntityProviderFactory.class))
                .containsExactly(OrganizationRolesJpaEntityProviderFactory.class.getName());
    }

    @Test
    void theOrganizationRoleMapperIsRegistered() throws IOException {
        assertThat(services(ProtocolMapper.class)).containsExactly(OrganizationRoleMapper.class.getName());
    }

    @Test
    void theAdminEndpointIsRegistered() throws IOException {
        assertThat(services(RealmResourceProviderFactory.class))
                .containsExactly(OrganizationsRealmResourceProviderFactory.class.getName());
    }

    @Test
    void providerIdsFollowTheHouseNaming() {
        assertThat(new OrganizationRoleMapper().getId()).isEqualTo("alpenlock-organization-roles");
        assertThat(OrganizationRolesJpaEntityProviderFactory.PROVIDER_ID).isEqualTo("alpenlock-organizations");
        assertThat(OrganizationsRealmResourceProviderFactory.PROVIDER_ID).isEqualTo("alpenlock-organizations");
    }

    private static List<String> services(Class<?> contract) throws IOException {
        try (InputStream in = ProviderRegistrationTest.class.getResourceAsStream("/META-INF/services/" + contract.getName())) {
            assertThat(in).as("META-INF/services/%s", contract.getName()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
