package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.domain.ApiKey;
import se.tryggstad.portal.report.domain.CleanPhoto;
import se.tryggstad.portal.report.domain.PhotoUpload;
import se.tryggstad.portal.report.domain.ReferenceNumber;
import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.report.domain.ReportDraft;
import se.tryggstad.portal.report.domain.ReportMail;
import se.tryggstad.portal.report.domain.ReportPhoto;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.report.domain.Secrets;
import se.tryggstad.portal.report.domain.StatusChange;
import se.tryggstad.portal.report.infrastructure.CategoriesForSubmission;
import se.tryggstad.portal.report.infrastructure.ReportIndexing;
import se.tryggstad.portal.report.infrastructure.ReportPhotoRepository;
import se.tryggstad.portal.report.infrastructure.ReportRepository;
import se.tryggstad.portal.search.api.IndexingOutbox;
import se.tryggstad.portal.shared.domain.BoundingBox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Reports from residents and Open311 clients, and staff handling; each method is one transaction,
 * and the search outbox row is written in it. A caller gets a reference number only after the
 * transaction committed, so every acknowledged report is stored.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");

    @Inject
    ReportRepository repository;

    @Inject
    CategoriesForSubmission categories;

    @Inject
    IndexingOutbox outbox;

    @Inject
    SubmitRateLimiter limiter;

    @Inject
    Event<ReportMail> mails;

    @Inject
    AreaAlertService alerts;

    @Inject
    Clock clock;

    @Inject
    PhotoPolicy photoPolicy;

    @Inject
    ReportPhotoRepository photoRepository;

    @Inject
    @ConfigProperty(name = "trygg.report.bounds", defaultValue = "59.34,17.95,59.40,18.06")
    String bounds;

    private volatile BoundingBox parsedBounds;

    /** A resident's report; counted against the client address's rate limit first. */
    public Submitted submit(ReportDraft draft, String remoteAddress, String forwardedFor) {
        limiter.acquire(remoteAddress, forwardedFor);
        return create(draft, clock.instant(), true).submitted();
    }

    /**
     * A resident's report with photos: the photos are checked and re-encoded before anything is
     * written, then stored in the report's transaction, so a refused photo leaves nothing behind.
     */
    public Submitted submit(ReportDraft draft, List<PhotoUpload> photos, String remoteAddress, String forwardedFor) {
        limiter.acquire(remoteAddress, forwardedFor);
        List<CleanPhoto> cleaned = photoPolicy.rules().clean(photos);
        Instant now = clock.instant();
        Created created = create(draft, now, true);
        if (!cleaned.isEmpty()) {
            photoRepository.addAll(ReportPhoto.of(created.report(), cleaned, now));
        }
        return created.submitted();
    }

    /** An Open311 client's report; the key is the limit. */
    public Submitted submitWithApiKey(ReportDraft draft, String apiKey) {
        if (!Secrets.looksLikeSecret(apiKey) || repository.activeKeyByHash(Secrets.hashOf(apiKey)).isEmpty()) {
            throw new ApiKeyRefused();
        }
        return create(draft, clock.instant(), true).submitted();
    }

    /**
     * A report recorded by a signed-in forum member on a trygghetsvandring: an ordinary new report
     * (area alerts as usual) without the anonymous rate limit; the caller checked membership.
     */
    public Submitted submitFromForum(ReportDraft draft) {
        return create(draft, clock.instant(), true).submitted();
    }

    /** A report filed earlier (demo content, imports): no rate limit and no mail. */
    public Submitted submitAsOf(ReportDraft draft, Instant createdAt) {
        return create(draft, createdAt, false).submitted();
    }

    /** A new report, written at the commit, and what its submitter is told. */
    private record Created(Report report, Submitted submitted) {
    }

    private Created create(ReportDraft draft, Instant createdAt, boolean mail) {
        ReportCategory category = categories.byCode(draft.categoryCode()).orElse(null);
        ReferenceNumber reference = new ReferenceNumber(createdAt.atZone(SOLNA).getYear(),
                repository.nextReferenceNumber());
        String token = Secrets.newSecret();
        Report report = Report.submit(repository.nextReportId(), draft, category, reference, Secrets.hashOf(token),
                bounds(), createdAt);
        repository.add(report);
        outbox.upsert(ReportIndexing.documentOf(report, category));
        if (mail && report.contactEmail() != null) {
            mails.fire(new ReportMail(ReportMail.Kind.CONFIRMATION, report.contactEmail(), report.contactLanguage(),
                    report.reference(), report.status().name(), null, token));
        }
        if (mail) {
            alerts.reportPublished(report, category);
        }
        return new Created(report, new Submitted(report.id(), report.reference(), token));
    }

    /** "Jag håller med": one more resident backs an open report. Answers the new count. */
    public int support(String reference, String remoteAddress, String forwardedFor) {
        limiter.acquire(remoteAddress, forwardedFor);
        Report report = lockedByReference(reference);
        report.support(clock.instant());
        reindex(report);
        return report.supporters();
    }

    /**
     * Staff move a report on, with a public answer (mailed to the reporter if they left an address)
     * and an optional internal note. {@code expectedVersion}, when given, must be the version the
     * staff member saw.
     */
    public void changeStatus(long reportId, Long expectedVersion, ReportStatus target, String publicAnswer,
                             String note, String staffUser) {
        move(reportId, expectedVersion, target, publicAnswer, note, staffUser, clock.instant(), true);
    }

    /** As {@link #changeStatus}, at a given earlier time and without mail (demo content, imports). */
    public void changeStatusAsOf(long reportId, ReportStatus target, String publicAnswer, String staffUser,
                                 Instant at) {
        move(reportId, null, target, publicAnswer, null, staffUser, at, false);
    }

    private void move(long reportId, Long expectedVersion, ReportStatus target, String publicAnswer, String note,
                      String staffUser, Instant at, boolean mail) {
        Report report = repository.lock(reportId).orElseThrow(ReportRejected::notFound);
        if (expectedVersion != null && expectedVersion != report.version()) {
            throw new ReportRejected(ReportRejected.Reason.CONFLICT, null, "report.staff.changedMeanwhile");
        }
        StatusChange change = report.changeStatus(target, publicAnswer, staffUser, at);
        if (note != null && !note.isBlank()) {
            report.addNote(note, staffUser, at);
        }
        reindex(report);
        if (mail && report.contactEmail() != null) {
            mails.fire(new ReportMail(ReportMail.Kind.STATUS, report.contactEmail(), report.contactLanguage(),
                    report.reference(), change.status().name(), change.publicAnswer(), null));
        }
        if (mail) {
            mailReportersOfDuplicates(report, change);
        }
    }

    /** Reporters of duplicates merged into this report follow it: they get its status mails too. */
    private void mailReportersOfDuplicates(Report report, StatusChange change) {
        for (Report duplicate : repository.duplicatesOf(report.reference())) {
            if (duplicate.contactEmail() != null) {
                mails.fire(new ReportMail(ReportMail.Kind.STATUS, duplicate.contactEmail(),
                        duplicate.contactLanguage(), report.reference(), change.status().name(),
                        change.publicAnswer(), null));
            }
        }
    }

    public void addNote(long reportId, String note, String staffUser) {
        Report report = repository.lock(reportId).orElseThrow(ReportRejected::notFound);
        report.addNote(note, staffUser, clock.instant());
    }

    public IssuedApiKey issueApiKey(String clientName, String admin) {
        String key = Secrets.newSecret();
        ApiKey issued = ApiKey.issue(clientName, Secrets.hashOf(key), admin, clock.instant());
        repository.add(issued);
        return new IssuedApiKey(issued.id(), issued.clientName(), key);
    }

    public void revokeApiKey(long id) {
        repository.findKey(id).orElseThrow(ReportRejected::notFound).revoke(clock.instant());
    }

    private Report lockedByReference(String reference) {
        if (!ReferenceNumber.isWellFormed(reference)) {
            throw ReportRejected.notFound();
        }
        Report found = repository.findByReference(ReferenceNumber.parse(reference).toString())
                .orElseThrow(ReportRejected::notFound);
        return repository.lock(found.id()).orElseThrow(ReportRejected::notFound);
    }

    private void reindex(Report report) {
        repository.flush();
        if (!report.isPublished()) {
            return;
        }
        ReportCategory category = repository.category(report.categoryCode()).orElseThrow();
        outbox.upsert(ReportIndexing.documentOf(report, category));
    }

    BoundingBox bounds() {
        BoundingBox parsed = parsedBounds;
        if (parsed == null) {
            parsed = BoundingBox.parse(bounds);
            parsedBounds = parsed;
        }
        return parsed;
    }
}
