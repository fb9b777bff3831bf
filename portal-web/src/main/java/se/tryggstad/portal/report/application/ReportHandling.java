package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.account.application.AccountQueries;
import se.tryggstad.portal.account.application.AccountSummary;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.report.domain.AssignmentMail;
import se.tryggstad.portal.report.domain.ReferenceNumber;
import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.report.domain.ReportMail;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.report.domain.StatusChange;
import se.tryggstad.portal.report.infrastructure.ReportIndexing;
import se.tryggstad.portal.report.infrastructure.ReportRepository;
import se.tryggstad.portal.search.api.IndexingOutbox;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Staff handling beyond status changes: assigning, merging duplicates, unpublishing and redacting.
 * Each method is one transaction on the locked report(s), checks the version the staff member saw
 * (a stale one is a conflict), records who and when in the report's log, and keeps search in step
 * through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ReportHandling {

    private static final String BUNDLE = "se.tryggstad.portal.i18n.messages";

    @Inject
    ReportRepository repository;

    @Inject
    IndexingOutbox outbox;

    @Inject
    AccountQueries accounts;

    @Inject
    Event<ReportMail> mails;

    @Inject
    Event<AssignmentMail> assignmentMails;

    @Inject
    Clock clock;

    /** Gives the report to a förvaltning and optionally to a staff member, who is mailed. */
    public void assign(long reportId, Long expectedVersion, String department, String assignee, String staffUser) {
        Report report = locked(reportId, expectedVersion);
        String person = assignee == null || assignee.isBlank() ? null : assignee.strip().toLowerCase(Locale.ROOT);
        if (person != null && accounts.find(person).filter(ReportHandling::isActiveStaff).isEmpty()) {
            throw ReportRejected.invalid("assignee", "report.assign.assignee.unknown");
        }
        if (report.assign(department, person, staffUser, clock.instant())) {
            assignmentMails.fire(new AssignmentMail(person, report.id(), report.reference(),
                    report.assignedDepartment().orElseThrow(), staffUser));
        }
    }

    static boolean isActiveStaff(AccountSummary account) {
        return account.active() && account.roles().contains(Role.STAFF);
    }

    /**
     * Marks report {@code duplicateId} as a duplicate of the report with {@code originalReference}:
     * the duplicate closes with a public answer naming the original (the staff member's text, or a
     * standard one in the reporter's language), its supporters count for the original, and its
     * reporter is mailed now and whenever the original changes status.
     */
    public void merge(long duplicateId, Long expectedVersion, String originalReference, String publicAnswer,
                      String staffUser) {
        if (originalReference == null || !ReferenceNumber.isWellFormed(originalReference.strip())) {
            throw ReportRejected.invalid("original", "report.merge.original.unknown");
        }
        long originalId = repository.findByReference(ReferenceNumber.parse(originalReference.strip()).toString())
                .orElseThrow(() -> ReportRejected.invalid("original", "report.merge.original.unknown")).id();
        // both rows are locked in id order, so two merges in opposite directions wait instead of deadlocking
        if (originalId < duplicateId) {
            repository.lock(originalId);
        }
        Report duplicate = locked(duplicateId, expectedVersion);
        Report original = repository.lock(originalId)
                .orElseThrow(() -> ReportRejected.invalid("original", "report.merge.original.unknown"));
        String answer = publicAnswer == null || publicAnswer.isBlank()
                ? text(duplicate.contactLanguage(), "report.merge.answer", original.reference()) : publicAnswer;
        Instant now = clock.instant();
        StatusChange change = duplicate.mergeInto(original, answer, staffUser, now);
        reindex(duplicate);
        reindex(original);
        if (duplicate.contactEmail() != null) {
            mails.fire(new ReportMail(ReportMail.Kind.STATUS, duplicate.contactEmail(), duplicate.contactLanguage(),
                    duplicate.reference(), change.status().name(), change.publicAnswer(), null));
        }
    }

    /** Takes the report out of public view: lists, map, feeds, Open311, search and its photos. */
    public void unpublish(long reportId, Long expectedVersion, String staffUser) {
        Report report = locked(reportId, expectedVersion);
        report.unpublish(staffUser, clock.instant());
        repository.flush();
        outbox.delete(ReportIndexing.uidOf(report), report.version());
    }

    public void republish(long reportId, Long expectedVersion, String staffUser) {
        Report report = locked(reportId, expectedVersion);
        report.republish(staffUser, clock.instant());
        reindex(report);
    }

    /** Replaces the public description (e.g. without a name in it); search gets the new text. */
    public void redact(long reportId, Long expectedVersion, String description, String staffUser) {
        Report report = locked(reportId, expectedVersion);
        report.redact(description, staffUser, clock.instant());
        reindex(report);
    }

    private Report locked(long reportId, Long expectedVersion) {
        Report report = repository.lock(reportId).orElseThrow(ReportRejected::notFound);
        if (expectedVersion != null && expectedVersion != report.version()) {
            throw new ReportRejected(ReportRejected.Reason.CONFLICT, null, "report.staff.changedMeanwhile");
        }
        return report;
    }

    private void reindex(Report report) {
        repository.flush();
        if (!report.isPublished()) {
            return;
        }
        ReportCategory category = repository.category(report.categoryCode()).orElseThrow();
        outbox.upsert(ReportIndexing.documentOf(report, category));
    }

    static String text(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag("en".equals(language) ? "en" : "sv");
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(arguments);
    }
}
