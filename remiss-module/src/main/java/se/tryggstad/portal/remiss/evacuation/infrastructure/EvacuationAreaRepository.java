package se.tryggstad.portal.remiss.evacuation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.remiss.evacuation.domain.EvacuationArea;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EvacuationAreaRepository {

    @PersistenceContext(unitName = "remiss")
    EntityManager em;

    public List<EvacuationArea> all() {
        return em.createNamedQuery(EvacuationArea.ALL, EvacuationArea.class).getResultList();
    }

    public Optional<EvacuationArea> find(long id) {
        return Optional.ofNullable(em.find(EvacuationArea.class, id));
    }

    /** Writes the area's changes with its version raised, also when only one of its exits changed. */
    public void forceVersion(EvacuationArea area) {
        em.lock(area, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }
}
