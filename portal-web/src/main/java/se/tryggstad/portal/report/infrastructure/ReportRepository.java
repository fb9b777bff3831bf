package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.domain.AnswerTemplate;
import se.tryggstad.portal.report.domain.ApiKey;
import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.shared.domain.BoundingBox;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reports, their categories and the Open311 keys. */
@ApplicationScoped
public class ReportRepository {

    /** EclipseLink's query hint (the provider is a server module, ADR 0002, so named by its text). */
    private static final String READ_ONLY_HINT = "eclipselink.read-only";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private final BlockSequence reportIds = new BlockSequence("rpt_report_id_seq");
    private final BlockSequence referenceNumbers = new BlockSequence("rpt_reference_seq");

    /**
     * The id for a new report, from {@code rpt_report_id_seq} a block at a time. A report has its id
     * before anything is written, so it is inserted at the commit with its first status and needs no
     * flush of its own (docs/adr/0014).
     */
    public long nextReportId() {
        return reportIds.next(em);
    }

    /** The number of a new report's reference number, from {@code rpt_reference_seq} a block at a time. */
    public long nextReferenceNumber() {
        return referenceNumbers.next(em);
    }

    /**
     * The new report and its first status are written when the transaction commits (or at an earlier
     * flush: before a query in this transaction, and in {@link #lock}).
     */
    public void add(Report report) {
        em.persist(report);
    }

    public void add(ApiKey key) {
        em.persist(key);
        em.flush();
    }

    /** Writes pending changes, so that versions are up to date (what search is told). */
    public void flush() {
        em.flush();
    }

    public Optional<Report> find(long id) {
        return Optional.ofNullable(em.find(Report.class, id));
    }

    /**
     * The report, its row locked until the commit. A report added in this transaction is written
     * first: the locking read goes to the database, where it would not be yet.
     */
    public Optional<Report> lock(long id) {
        em.flush();
        return Optional.ofNullable(em.find(Report.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Report> findByTokenHash(String hash) {
        return em.createNamedQuery(Report.BY_TOKEN_HASH, Report.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public Optional<Report> findByReference(String reference) {
        return em.createNamedQuery(Report.BY_REFERENCE, Report.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    /** Open reports of the category whose point lies in the box (a coarse cut; callers measure). */
    public List<Report> openInBox(String categoryCode, BoundingBox box) {
        return em.createNamedQuery(Report.OPEN_IN_BOX, Report.class).setParameter("category", categoryCode)
                .setParameter("statuses", Arrays.stream(ReportStatus.values()).filter(ReportStatus::isOpen).toList())
                .setParameter("south", box.south()).setParameter("north", box.north())
                .setParameter("west", box.west()).setParameter("east", box.east())
                .setMaxResults(200).getResultList();
    }

    /**
     * The next page of published reports in id order, after the one with id {@code afterId}: a walk
     * over all of them that holds one page at a time (a rebuild of the index at a million reports
     * ran out of memory when it read them at once).
     */
    public List<Report> publishedAfter(long afterId, int pageSize) {
        return em.createNamedQuery(Report.PUBLISHED_AFTER, Report.class).setParameter("after", afterId)
                .setMaxResults(pageSize).getResultList();
    }

    /** Public reports matching the filter, newest first (unpublished ones are left out). */
    public List<Report> matching(ReportFilter filter) {
        return matching(filter, null);
    }

    /**
     * Reports matching the filter, newest first. With a staff scope (possibly empty) unpublished
     * reports are included, and the scope's förvaltning and person narrow the list.
     */
    public List<Report> matching(ReportFilter filter, StaffScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters) + staffWhere(scope, parameters);
        TypedQuery<Report> query = em.createQuery("SELECT r FROM Report r" + where
                + " ORDER BY r.createdAt DESC, r.id DESC", Report.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(filter.offset()).setMaxResults(filter.limit()).getResultList();
    }

    public long count(ReportFilter filter) {
        return count(filter, null);
    }

    public long count(ReportFilter filter, StaffScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM Report r" + where(filter, parameters)
                + staffWhere(scope, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * Which reports a staff list shows beyond the filter: those of a förvaltning (the assigned one,
     * else the category's) and those assigned to a person. Null fields do not narrow.
     */
    public record StaffScope(String department, String assignee) {
    }

    private static String staffWhere(StaffScope scope, Map<String, Object> parameters) {
        if (scope == null) {
            return " AND r.published = TRUE";
        }
        StringBuilder where = new StringBuilder();
        if (scope.department() != null) {
            where.append(" AND (r.assignedDepartment = :department OR (r.assignedDepartment IS NULL AND r.categoryCode"
                    + " IN (SELECT c.code FROM ReportCategory c WHERE c.department = :department)))");
            parameters.put("department", scope.department());
        }
        if (scope.assignee() != null) {
            where.append(" AND r.assignee = :assignee");
            parameters.put("assignee", scope.assignee());
        }
        return where.toString();
    }

    private static String where(ReportFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.categoryCode() != null) {
            where.append(" AND r.categoryCode = :category");
            parameters.put("category", filter.categoryCode());
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" AND r.status IN :statuses");
            parameters.put("statuses", List.copyOf(filter.statuses()));
        }
        if (filter.from() != null) {
            where.append(" AND r.createdAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND r.createdAt < :to");
            parameters.put("to", filter.to());
        }
        if (!filter.references().isEmpty()) {
            where.append(" AND r.reference IN :references");
            parameters.put("references", filter.references());
        }
        return where.toString();
    }

    /**
     * The categories for reading only, as is {@link #allCategories()}: EclipseLink hands out its
     * shared copies instead of cloning each into the transaction, where concurrent requests locked the
     * same few categories in turn. Changes go through {@link #lockCategory(String)}. A single category
     * by code stays an ordinary find: with the hint it was slower (measured, ADR 0014); new reports,
     * the hot path, find theirs in {@link CategoriesForSubmission} instead.
     */
    public List<ReportCategory> activeCategories() {
        return em.createNamedQuery(ReportCategory.ACTIVE, ReportCategory.class)
                .setHint(READ_ONLY_HINT, "True").getResultList();
    }

    public List<ReportCategory> allCategories() {
        return em.createQuery("SELECT c FROM ReportCategory c ORDER BY c.sortOrder, c.code", ReportCategory.class)
                .setHint(READ_ONLY_HINT, "True").getResultList();
    }

    public Optional<ReportCategory> category(String code) {
        return code == null || code.isBlank() ? Optional.empty()
                : Optional.ofNullable(em.find(ReportCategory.class, code.strip()));
    }

    public void add(ReportCategory category) {
        em.persist(category);
        em.flush();
    }

    /** The category, locked for an edit. */
    public Optional<ReportCategory> lockCategory(String code) {
        return code == null || code.isBlank() ? Optional.empty()
                : Optional.ofNullable(em.find(ReportCategory.class, code.strip(), LockModeType.PESSIMISTIC_WRITE));
    }

    public int nextCategorySortOrder() {
        Integer max = em.createQuery("SELECT MAX(c.sortOrder) FROM ReportCategory c", Integer.class).getSingleResult();
        return (max == null ? 0 : max) + 10;
    }

    /** Every förvaltning a category belongs to or a report was assigned to, in alphabetical order. */
    public List<String> departments() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(em.createQuery(
                "SELECT DISTINCT c.department FROM ReportCategory c", String.class).getResultList());
        names.addAll(em.createQuery("SELECT DISTINCT r.assignedDepartment FROM Report r "
                + "WHERE r.assignedDepartment IS NOT NULL", String.class).getResultList());
        return List.copyOf(names);
    }

    /** The reports merged into the one with this reference (their reporters follow it). */
    public List<Report> duplicatesOf(String reference) {
        return em.createQuery("SELECT r FROM Report r WHERE r.duplicateOf = :reference ORDER BY r.id", Report.class)
                .setParameter("reference", reference).getResultList();
    }

    public List<AnswerTemplate> templates() {
        return em.createNamedQuery(AnswerTemplate.ALL, AnswerTemplate.class).getResultList();
    }

    public Optional<AnswerTemplate> template(long id) {
        return Optional.ofNullable(em.find(AnswerTemplate.class, id));
    }

    public void add(AnswerTemplate template) {
        em.persist(template);
        em.flush();
    }

    public void remove(AnswerTemplate template) {
        em.remove(template);
    }

    public Optional<ApiKey> activeKeyByHash(String hash) {
        return em.createNamedQuery(ApiKey.ACTIVE_BY_HASH, ApiKey.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public Optional<ApiKey> findKey(long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    public List<ApiKey> allKeys() {
        return em.createNamedQuery(ApiKey.ALL, ApiKey.class).getResultList();
    }
    /**
     * Closed reports that still hold contact details and were filed before the time (retention
     * candidates), at most {@code limit} with ids above {@code afterId}, by id.
     */
    public List<Report> closedWithContactFiledBefore(Instant before, long afterId, int limit) {
        return em.createNamedQuery(Report.CLOSED_WITH_CONTACT, Report.class)
                .setParameter("statuses", Arrays.stream(ReportStatus.values()).filter(s -> !s.isOpen()).toList())
                .setParameter("before", before)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The newest reports (of the category, when given) whose point lies in the box; callers measure. */
    public List<Report> latestInBox(String categoryCode, BoundingBox box, int limit) {
        TypedQuery<Report> query = em.createQuery("SELECT r FROM Report r WHERE r.latitude BETWEEN :south AND :north "
                + "AND r.longitude BETWEEN :west AND :east AND r.published = TRUE"
                + (categoryCode == null ? "" : " AND r.categoryCode = :category")
                + " ORDER BY r.createdAt DESC, r.id DESC", Report.class)
                .setParameter("south", box.south()).setParameter("north", box.north())
                .setParameter("west", box.west()).setParameter("east", box.east());
        if (categoryCode != null) {
            query.setParameter("category", categoryCode);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
