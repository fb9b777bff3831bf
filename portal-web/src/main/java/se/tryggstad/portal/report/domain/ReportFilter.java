package se.tryggstad.portal.report.domain;


import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Which reports to list; every part is optional (null or empty: no restriction).
 *
 * @param references reference numbers, e.g. {@code TR-2026-000123}
 * @param from       created at or after
 * @param to         created before
 * @param limit      at most this many, newest first
 */
public record ReportFilter(String categoryCode, Set<ReportStatus> statuses, Instant from, Instant to,
                           List<String> references, int offset, int limit) {

    public ReportFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        references = references == null ? List.of() : List.copyOf(references);
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, 1000));
    }

    public static ReportFilter of(String categoryCode, ReportStatus status, int offset, int limit) {
        return new ReportFilter(categoryCode, status == null ? Set.of() : Set.of(status), null, null, List.of(),
                offset, limit);
    }
}
