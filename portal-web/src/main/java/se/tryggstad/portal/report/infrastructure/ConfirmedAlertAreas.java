package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.report.domain.AlertSubscriptionsChanged;
import se.tryggstad.portal.shared.domain.BoundingBox;
import se.tryggstad.portal.shared.domain.GeoPoint;
import se.tryggstad.portal.shared.infrastructure.CachedCopy;

import java.time.Duration;
import java.util.List;

/**
 * Where the confirmed area alerts are, kept in memory: every new report is matched against them, and
 * most reports match none, so asking the database twice per report (box and district) was most of
 * the cost of matching. Only the alerts this narrows down to are loaded. The copy is dropped when a
 * transaction that confirmed or ended an alert commits, and at the latest after {@link #MAX_AGE}
 * (another node, or a change made in the database directly).
 */
@ApplicationScoped
public class ConfirmedAlertAreas {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    /** One confirmed alert's centre and district, enough to narrow a report's candidates down. */
    public record AlertArea(long id, double latitude, double longitude, String districtCode) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private final CachedCopy<List<AlertArea>> areas = new CachedCopy<>(this::load, MAX_AGE);

    /**
     * The ids of the confirmed alerts whose centre lies in {@code box} or whose district is
     * {@code districtCode}: the same coarse cut as the database queries it replaces; callers measure.
     */
    public List<Long> candidates(BoundingBox box, String districtCode) {
        return areas.get().stream()
                .filter(area -> box.contains(new GeoPoint(area.latitude(), area.longitude()))
                        || (districtCode != null && districtCode.equals(area.districtCode())))
                .map(AlertArea::id)
                .toList();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertSubscriptionsChanged change) {
        areas.invalidate();
    }

    private List<AlertArea> load() {
        return List.copyOf(em.createQuery("SELECT NEW " + AlertArea.class.getName()
                + "(a.id, a.latitude, a.longitude, a.districtCode) FROM AreaAlert a WHERE a.confirmedAt IS NOT NULL",
                AlertArea.class).getResultList());
    }
}
