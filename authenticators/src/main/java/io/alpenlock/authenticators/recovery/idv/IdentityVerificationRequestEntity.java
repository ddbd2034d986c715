package io.alpenlock.authenticators.recovery.idv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One identity verification request ("I have access to none of these"): what the person typed, the identifier
 * they had entered on the forgotten-password page and the account it matched, if any. Rows are deleted
 * {@code retention} after {@link #getCreatedAt()} (72 h by default) by {@link IdentityVerificationPurgeTask}, and
 * every read ignores older rows. Table created by {@code META-INF/alpenlock-identity-verification-changelog.xml}.
 */
@Entity
@Table(name = "ALPENLOCK_IDV_REQUEST")
@NamedQueries({
        @NamedQuery(name = IdentityVerificationRequestEntity.PENDING,
                query = "select r from IdentityVerificationRequestEntity r where r.realmId = :realmId"
                        + " and r.status = 'PENDING' and r.createdAt > :cutoff order by r.createdAt"),
        @NamedQuery(name = IdentityVerificationRequestEntity.REALMS_WITH_ROWS,
                query = "select distinct r.realmId from IdentityVerificationRequestEntity r"),
        @NamedQuery(name = IdentityVerificationRequestEntity.EXPIRED,
                query = "select r from IdentityVerificationRequestEntity r where r.realmId = :realmId"
                        + " and r.createdAt <= :cutoff"),
        @NamedQuery(name = IdentityVerificationRequestEntity.COUNT_STORED,
                query = "select count(r) from IdentityVerificationRequestEntity r where r.realmId = :realmId")
})
public class IdentityVerificationRequestEntity {

    static final String PENDING = "alpenlockIdvPending";
    static final String REALMS_WITH_ROWS = "alpenlockIdvRealms";
    static final String EXPIRED = "alpenlockIdvExpired";
    static final String COUNT_STORED = "alpenlockIdvCount";

    /** Where a request stands. */
    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "IDENTIFIER", length = 255, nullable = false)
    private String identifier;

    @Column(name = "USER_ID", length = 36)
    private String userId;

    @Column(name = "FULL_NAME", length = 100, nullable = false)
    private String fullName;

    @Column(name = "CONTACT_EMAIL", length = 254)
    private String contactEmail;

    @Column(name = "CONTACT_PHONE", length = 20)
    private String contactPhone;

    @Column(name = "MESSAGE", length = 1000, nullable = false)
    private String message;

    @Column(name = "LOCALE", length = 16)
    private String locale;

    @Column(name = "CLIENT_ID", length = 255)
    private String clientId;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    @Column(name = "SENT_TO", length = 16)
    private String sentTo;

    @Column(name = "LINK_USED_AT")
    private Long linkUsedAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public Status getStatus() {
        return Status.valueOf(status);
    }

    public void setStatus(Status status) {
        this.status = status.name();
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Long decidedAt) {
        this.decidedAt = decidedAt;
    }

    public String getSentTo() {
        return sentTo;
    }

    public void setSentTo(String sentTo) {
        this.sentTo = sentTo;
    }

    public Long getLinkUsedAt() {
        return linkUsedAt;
    }

    public void setLinkUsedAt(Long linkUsedAt) {
        this.linkUsedAt = linkUsedAt;
    }
}
