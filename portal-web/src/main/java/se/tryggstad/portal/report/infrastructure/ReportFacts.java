package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import se.tryggstad.portal.report.domain.ReportFact;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.shared.domain.BoundingBox;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lägesbild's narrow read of reports: only the columns figures and exports may show. */
@ApplicationScoped
public class ReportFacts {

    /** More than the city gets in years; a guard against an unbounded read, not a page size. */
    static final int MAX_ROWS = 200_000;

    private static final String SELECT_FACTS = "SELECT r.id, r.reference, r.categoryCode, r.status, r.latitude, "
            + "r.longitude, r.createdAt, r.supporters, r.place, r.unsafeTimes, r.unsafeDays, r.assignedDepartment "
            + "FROM Report r";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Reports created in [from, to) in one of the categories (empty: any) with the status (null: any)
     * and, when given, one of the references; oldest first.
     */
    public List<ReportFact> matching(Collection<String> categoryCodes, ReportStatus status, Instant from, Instant to,
                                     Collection<String> references) {
        return matching(categoryCodes, null, status, from, to, references);
    }

    /**
     * As {@link #matching(Collection, ReportStatus, Instant, Instant, Collection)}, and when
     * {@code department} is given only the reports that are with that förvaltning: assigned to it, or
     * not assigned and in a category it receives.
     */
    public List<ReportFact> matching(Collection<String> categoryCodes, String department, ReportStatus status,
                                     Instant from, Instant to, Collection<String> references) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE r.createdAt >= :from AND r.createdAt < :to");
        parameters.put("from", from);
        parameters.put("to", to);
        if (!categoryCodes.isEmpty()) {
            where.append(" AND r.categoryCode IN :categories");
            parameters.put("categories", List.copyOf(categoryCodes));
        }
        if (department != null) {
            where.append(" AND (r.assignedDepartment = :department OR (r.assignedDepartment IS NULL AND r.categoryCode"
                    + " IN (SELECT c.code FROM ReportCategory c WHERE c.department = :department)))");
            parameters.put("department", department);
        }
        if (status != null) {
            where.append(" AND r.status = :status");
            parameters.put("status", status);
        }
        if (!references.isEmpty()) {
            where.append(" AND r.reference IN :references");
            parameters.put("references", List.copyOf(references));
        }
        TypedQuery<Object[]> query = em.createQuery(SELECT_FACTS + where + " ORDER BY r.createdAt, r.id", Object[].class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(MAX_ROWS).getResultList().stream().map(ReportFacts::fact).toList();
    }

    /**
     * As {@link #matching}, but only placed reports inside the box (a cheap pre-filter: callers with an
     * area check their polygon on the result); oldest first.
     */
    public List<ReportFact> matchingInBox(BoundingBox box, Collection<String> categoryCodes, ReportStatus status,
                                          Instant from, Instant to) {
        StringBuilder where = new StringBuilder(" WHERE r.createdAt >= :from AND r.createdAt < :to"
                + " AND r.latitude BETWEEN :south AND :north AND r.longitude BETWEEN :west AND :east");
        if (!categoryCodes.isEmpty()) {
            where.append(" AND r.categoryCode IN :categories");
        }
        if (status != null) {
            where.append(" AND r.status = :status");
        }
        TypedQuery<Object[]> query = em.createQuery(SELECT_FACTS + where + " ORDER BY r.createdAt, r.id", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("south", box.south()).setParameter("north", box.north())
                .setParameter("west", box.west()).setParameter("east", box.east());
        if (!categoryCodes.isEmpty()) {
            query.setParameter("categories", List.copyOf(categoryCodes));
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(MAX_ROWS).getResultList().stream().map(ReportFacts::fact).toList();
    }

    private static ReportFact fact(Object[] row) {
        return ReportFact.of(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (ReportStatus) row[3],
                (Double) row[4], (Double) row[5], (Instant) row[6], ((Number) row[7]).intValue(), (String) row[8],
                (String) row[9], (String) row[10], (String) row[11]);
    }
}
