package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.report.domain.ReportPhoto;

import java.util.List;
import java.util.Optional;

/** The photos of reports; kept apart from {@link ReportRepository} so that report queries never touch image bytes. */
@ApplicationScoped
public class ReportPhotoRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void addAll(List<ReportPhoto> photos) {
        photos.forEach(em::persist);
        em.flush();
    }

    public Optional<ReportPhoto> find(long reportId, int sequence) {
        return em.createNamedQuery(ReportPhoto.OF_REPORT, ReportPhoto.class).setParameter("report", reportId)
                .setParameter("sequence", sequence).getResultStream().findFirst();
    }

    /** The id of the report's photo number {@code sequence}, without reading its bytes. */
    public Optional<Long> idOf(long reportId, int sequence) {
        return em.createQuery("SELECT p.id FROM ReportPhoto p WHERE p.reportId = :report AND p.sequence = :sequence",
                        Long.class).setParameter("report", reportId).setParameter("sequence", sequence)
                .getResultStream().findFirst();
    }

    public int countOf(long reportId) {
        return em.createNamedQuery(ReportPhoto.COUNT_OF_REPORT, Long.class).setParameter("report", reportId)
                .getSingleResult().intValue();
    }
}
