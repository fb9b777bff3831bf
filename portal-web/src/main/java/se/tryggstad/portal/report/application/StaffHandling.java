package se.tryggstad.portal.report.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * How staff handle a report beyond its status: the förvaltning (assigned, else the category's),
 * the person, whether it is public, what it was merged into and what was merged into it, and the
 * internal log of these actions.
 *
 * @param description the current public text (staff may redact it)
 */
public record StaffHandling(long id, long version, String reference, String department, String assignee,
                            boolean published, String duplicateOf, List<String> duplicates, String description,
                            String reporterLanguage, List<LogEntry> log) implements Serializable {

    /** One staff action: what, its object (e.g. the förvaltning), who and when. */
    public record LogEntry(String kind, String detail, String actor, Instant at) implements Serializable {
    }
}
