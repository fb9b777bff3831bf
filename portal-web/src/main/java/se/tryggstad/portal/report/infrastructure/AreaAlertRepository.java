package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.report.domain.AreaAlert;
import se.tryggstad.portal.shared.domain.BoundingBox;

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

    public Optional<AreaAlert> byUnsubscribeHash(String hash) {
        return em.createNamedQuery(AreaAlert.BY_UNSUBSCRIBE_HASH, AreaAlert.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    /** Confirmed alerts whose centre lies in the box (a coarse cut; callers measure). */
    public List<AreaAlert> confirmedInBox(BoundingBox box) {
        return em.createNamedQuery(AreaAlert.CONFIRMED_IN_BOX, AreaAlert.class)
                .setParameter("south", box.south()).setParameter("north", box.north())
                .setParameter("west", box.west()).setParameter("east", box.east()).getResultList();
    }

    public List<AreaAlert> unconfirmedCreatedBefore(Instant before) {
        return em.createNamedQuery(AreaAlert.UNCONFIRMED_BEFORE, AreaAlert.class).setParameter("before", before)
                .getResultList();
    }
}
