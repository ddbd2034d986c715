package io.alpenlock.mailbox.links.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.alpenlock.mailbox.links.MailboxLink;

/** One row per (accounts-realm user, mailbox address): table {@code ALPENLOCK_MAILBOX_LINK}. */
@Entity
@Table(name = "ALPENLOCK_MAILBOX_LINK")
@NamedQueries({
        @NamedQuery(name = "alpenlockMailboxLinksOfRealm",
                query = "select l from MailboxLinkEntity l where l.realmId = :realmId order by l.address, l.userId"),
        @NamedQuery(name = "alpenlockMailboxLinksOfUser",
                query = "select l from MailboxLinkEntity l where l.realmId = :realmId and l.userId = :userId"
                        + " order by l.address"),
        @NamedQuery(name = "alpenlockMailboxLinksOfAddress",
                query = "select l from MailboxLinkEntity l where l.realmId = :realmId and l.address = :address"
                        + " order by l.userId"),
        @NamedQuery(name = "alpenlockMailboxLinkCountOfAddress",
                query = "select count(l) from MailboxLinkEntity l where l.realmId = :realmId and l.address = :address"),
        @NamedQuery(name = "alpenlockMailboxUnifiedLinksOfUser",
                query = "select l from MailboxLinkEntity l where l.realmId = :realmId and l.userId = :userId"
                        + " and l.unified = true"),
        @NamedQuery(name = "alpenlockMailboxLinksDeleteOfUser",
                query = "delete from MailboxLinkEntity l where l.realmId = :realmId and l.userId = :userId"),
})
public class MailboxLinkEntity {

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 255, nullable = false)
    private String userId;

    @Column(name = "ADDRESS", length = 254, nullable = false)
    private String address;

    @Column(name = "MAY_CHANGE_PASSWORD", nullable = false)
    private boolean mayChangePassword;

    @Column(name = "UNIFIED", nullable = false)
    private boolean unified;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    protected MailboxLinkEntity() {
    }

    MailboxLinkEntity(String id, String realmId, String userId, String address, boolean mayChangePassword,
                      long createdAt) {
        this.id = id;
        this.realmId = realmId;
        this.userId = userId;
        this.address = address;
        this.mayChangePassword = mayChangePassword;
        this.createdAt = createdAt;
    }

    MailboxLink toLink() {
        return new MailboxLink(id, realmId, userId, address, mayChangePassword, unified, createdAt);
    }

    String getId() {
        return id;
    }

    String getAddress() {
        return address;
    }

    void setMayChangePassword(boolean mayChangePassword) {
        this.mayChangePassword = mayChangePassword;
    }

    void setUnified(boolean unified) {
        this.unified = unified;
    }
}
