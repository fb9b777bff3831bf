package se.tryggstad.portal.remiss.evacuation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.remiss.evacuation.domain.EvacuationArea;
import se.tryggstad.portal.remiss.evacuation.infrastructure.EvacuationAreaRepository;

/** Administrators open and close the exits of an evacuation area (e.g. a reserve gate opened for a large event). */
@ApplicationScoped
@Transactional
public class EvacuationAreas {

    @Inject
    EvacuationAreaRepository areas;

    /**
     * Opens or closes an exit; false when the area or exit does not exist or the area changed since
     * {@code expectedVersion}.
     */
    public boolean setExitOpen(long areaId, long exitId, boolean open, long expectedVersion) {
        EvacuationArea area = areas.find(areaId).orElse(null);
        if (area == null || area.exit(exitId).isEmpty() || area.version() != expectedVersion) {
            return false;
        }
        area.setExitOpen(exitId, open);
        try {
            areas.forceVersion(area);
        } catch (OptimisticLockException raced) {
            return false;
        }
        return true;
    }
}
