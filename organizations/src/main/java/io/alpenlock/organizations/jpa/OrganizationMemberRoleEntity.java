package io.alpenlock.organizations.jpa;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A member's role and product grants in one organization: one row per (organization, user). Keycloak keeps
 * who is a member (the organization's group); a member without a row holds
 * {@link io.alpenlock.organizations.roles.OrganizationRole#WITHOUT_ASSIGNMENT}. Grants are one text column
 * ({@link io.alpenlock.organizations.products.StoredGrants}) so that the token mapper reads everything in one
 * query. Rows go away with their organization (foreign key {@code ON DELETE CASCADE}) and when the member
 * leaves or the user is deleted ({@link OrganizationRolesJpaEntityProviderFactory}).
 */
@Entity
@Table(name = OrganizationMemberRoleEntity.TABLE)
@IdClass(OrganizationMemberRoleEntity.Key.class)
public class OrganizationMemberRoleEntity {

    public static final String TABLE = "ALPENLOCK_ORG_MEMBER_ROLE";

    @Id
    @Column(name = "ORG_ID", length = 36, nullable = false)
    private String organizationId;

    @Id
    @Column(name = "USER_ID", length = 255, nullable = false)
    private String userId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "ROLE", length = 32, nullable = false)
    private String role;

    @Column(name = "PRODUCTS", length = 2400)
    private String products;

    protected OrganizationMemberRoleEntity() {
    }

    OrganizationMemberRoleEntity(String organizationId, String userId, String realmId) {
        this.organizationId = organizationId;
        this.userId = userId;
        this.realmId = realmId;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getUserId() {
        return userId;
    }

    public String getRealmId() {
        return realmId;
    }

    public String getRole() {
        return role;
    }

    void setRole(String role) {
        this.role = role;
    }

    public String getProducts() {
        return products;
    }

    void setProducts(String products) {
        this.products = products;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        private String organizationId;
        private String userId;

        public Key() {
        }

        public Key(String organizationId, String userId) {
            this.organizationId = organizationId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organizationId, key.organizationId)
                    && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, userId);
        }
    }
}
