package se.tryggstad.portal.support.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.support.domain.SupportOffer;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SupportOfferRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Stores a new offer; afterwards it has its id and version. */
    public void add(SupportOffer offer) {
        em.persist(offer);
        em.flush();
    }

    /** Writes pending changes now, so that the new version is known before the outbox row is written. */
    public void flush() {
        em.flush();
    }

    public Optional<SupportOffer> find(long id) {
        return Optional.ofNullable(em.find(SupportOffer.class, id));
    }

    public List<SupportOffer> published() {
        return em.createNamedQuery(SupportOffer.PUBLISHED, SupportOffer.class).getResultList();
    }

    public List<SupportOffer> all() {
        return em.createNamedQuery(SupportOffer.ALL, SupportOffer.class).getResultList();
    }

    public Optional<SupportOffer> findByName(String name) {
        return em.createNamedQuery(SupportOffer.BY_NAME, SupportOffer.class).setParameter("name", name)
                .getResultStream().findFirst();
    }
}
