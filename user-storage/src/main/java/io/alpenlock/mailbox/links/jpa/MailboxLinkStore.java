package io.alpenlock.mailbox.links.jpa;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

import io.alpenlock.mailbox.links.MailboxLink;

/**
 * Reads and writes mailbox links in Keycloak's database, in the request's transaction. Keeps one rule of its own:
 * a unification ends as soon as its conditions stop holding (a second account linked to the mailbox, or the right
 * to change its password withdrawn), so a stale flag never changes a password.
 */
public final class MailboxLinkStore {

    private final EntityManager em;

    public MailboxLinkStore(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    public List<MailboxLink> ofRealm(String realmId) {
        return em.createNamedQuery("alpenlockMailboxLinksOfRealm", MailboxLinkEntity.class)
                .setParameter("realmId", realmId).getResultStream().map(MailboxLinkEntity::toLink).toList();
    }

    /** Whether the realm has at least one link (one row read). */
    public boolean anyInRealm(String realmId) {
        return !em.createNamedQuery("alpenlockMailboxLinksOfRealm", MailboxLinkEntity.class)
                .setParameter("realmId", realmId).setMaxResults(1).getResultList().isEmpty();
    }

    public List<MailboxLink> ofUser(String realmId, String userId) {
        return em.createNamedQuery("alpenlockMailboxLinksOfUser", MailboxLinkEntity.class)
                .setParameter("realmId", realmId).setParameter("userId", userId)
                .getResultStream().map(MailboxLinkEntity::toLink).toList();
    }

    public List<MailboxLink> ofAddress(String realmId, String address) {
        return em.createNamedQuery("alpenlockMailboxLinksOfAddress", MailboxLinkEntity.class)
                .setParameter("realmId", realmId).setParameter("address", address)
                .getResultStream().map(MailboxLinkEntity::toLink).toList();
    }

    public long countOfAddress(String realmId, String address) {
        return em.createNamedQuery("alpenlockMailboxLinkCountOfAddress", Long.class)
                .setParameter("realmId", realmId).setParameter("address", address).getSingleResult();
    }

    public List<MailboxLink> unifiedOfUser(String realmId, String userId) {
        return em.createNamedQuery("alpenlockMailboxUnifiedLinksOfUser", MailboxLinkEntity.class)
                .setParameter("realmId", realmId).setParameter("userId", userId)
                .getResultStream().map(MailboxLinkEntity::toLink).toList();
    }

    public Optional<MailboxLink> byId(String realmId, String id) {
        MailboxLinkEntity e = id == null || id.length() > 36 ? null : em.find(MailboxLinkEntity.class, id);
        return e == null || !e.toLink().realmId().equals(realmId) ? Optional.empty() : Optional.of(e.toLink());
    }

    public Optional<MailboxLink> of(String realmId, String userId, String address) {
        return ofUser(realmId, userId).stream().filter(l -> l.address().equals(address)).findFirst();
    }

    /** @return the new link, or empty when this user is already linked to this address */
    public Optional<MailboxLink> create(String realmId, String userId, String address, boolean mayChangePassword) {
        if (of(realmId, userId, address).isPresent()) {
            return Optional.empty();
        }
        MailboxLinkEntity entity = new MailboxLinkEntity(UUID.randomUUID().toString(), realmId, userId, address,
                mayChangePassword, Time.currentTimeMillis());
        em.persist(entity);
        em.flush();
        // Another account now consults the mailbox: nobody is its only account any more.
        endUnificationsOf(realmId, address);
        return Optional.of(entity.toLink());
    }

    public Optional<MailboxLink> setMayChangePassword(String realmId, String id, boolean may) {
        return entity(realmId, id).map(e -> {
            e.setMayChangePassword(may);
            if (!may) {
                e.setUnified(false);
            }
            return e.toLink();
        });
    }

    public Optional<MailboxLink> setUnified(String realmId, String id, boolean unified) {
        return entity(realmId, id).map(e -> {
            e.setUnified(unified);
            return e.toLink();
        });
    }

    public boolean delete(String realmId, String id) {
        Optional<MailboxLinkEntity> e = entity(realmId, id);
        e.ifPresent(em::remove);
        return e.isPresent();
    }

    public void deleteOfUser(String realmId, String userId) {
        em.createNamedQuery("alpenlockMailboxLinksDeleteOfUser").setParameter("realmId", realmId)
                .setParameter("userId", userId).executeUpdate();
    }

    private void endUnificationsOf(String realmId, String address) {
        em.createNamedQuery("alpenlockMailboxLinksOfAddress", MailboxLinkEntity.class)
                .setParameter("realmId", realmId).setParameter("address", address)
                .getResultStream().forEach(e -> e.setUnified(false));
    }

    private Optional<MailboxLinkEntity> entity(String realmId, String id) {
        MailboxLinkEntity e = id == null || id.length() > 36 ? null : em.find(MailboxLinkEntity.class, id);
        return e == null || !e.toLink().realmId().equals(realmId) ? Optional.empty() : Optional.of(e);
    }
}
