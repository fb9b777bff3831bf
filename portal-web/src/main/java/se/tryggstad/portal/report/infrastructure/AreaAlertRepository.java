package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.report.domain.AreaAlert;
import se.tryggstad.portal.shared.domain.BoundingBox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Area alerts (bevakningar), found by the hashes of their secrets or by area. */
@ApplicationScoped
public class AreaAlertRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void add(AreaAlert alert) {
        em.persist(alert);
        em.flush();
    }

    public void remove(AreaAlert alert) {
        em.remove(alert);
    }

    public Optional<AreaAlert> byConfirmHash(String hash) {
        return em.createNamedQuery(AreaAlert.BY_CONFIRM_HASH, AreaAlert.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    /** The alert behind an unsubscribe secret: the confirmation mail's, or any alert mail's. */
    public Optional<AreaAlert> byUnsubscribeHash(String hash) {
        Optional<AreaAlert> confirmationLink = em.createNamedQuery(AreaAlert.BY_UNSUBSCRIBE_HASH, AreaAlert.class)
                .setParameter("hash", hash).getResultStream().findFirst();
        if (confirmationLink.isPresent()) {
            return confirmationLink;
        }
        List<?> ids = em.createNativeQuery("SELECT alert_id FROM rpt_alert_unsubscribe WHERE token_hash = ?")
                .setParameter(1, hash).getResultList();
        return ids.isEmpty() ? Optional.empty()
                : Optional.ofNullable(em.find(AreaAlert.class, ((Number) ids.get(0)).longValue()));
    }

    /**
     * Keeps the hash of the unsubscribe secret of one more alert mail. Only inserts: the alert row is
     * not written, so reports raising mails at the same time never conflict.
     */
    public void addUnsubscribeHash(AreaAlert alert, String hash, Instant now) {
        em.createNativeQuery("INSERT INTO rpt_alert_unsubscribe (alert_id, token_hash, created_at) VALUES (?, ?, ?)")
                .setParameter(1, alert.id()).setParameter(2, hash).setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    /** The alerts of these ids that are (still) confirmed, in id order. */
    public List<AreaAlert> confirmedByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(AreaAlert.CONFIRMED_BY_IDS, AreaAlert.class).setParameter("ids", ids)
                .getResultList();
    }

    public List<AreaAlert> unconfirmedCreatedBefore(Instant before) {
        return em.createNamedQuery(AreaAlert.UNCONFIRMED_BEFORE, AreaAlert.class).setParameter("before", before)
                .getResultList();
    }
}
