package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.report.domain.ApiKey;
import se.tryggstad.portal.report.domain.ReferenceNumber;
import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.domain.Secrets;
import se.tryggstad.portal.report.infrastructure.ReportRepository;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The read side of reports; answers records in the asked language (sv or en). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportQueries {

    /** How close an open report of the same category must be to count as the same problem. */
    public static final double NEARBY_METRES = 50;

    @Inject
    ReportRepository repository;

    public List<CategoryView> categories(String language) {
        return repository.activeCategories().stream().map(category -> CategoryView.of(category, language)).toList();
    }

    public Optional<CategoryView> category(String code, String language) {
        return repository.category(code).filter(ReportCategory::isActive)
                .map(category -> CategoryView.of(category, language));
    }

    public ReportPage list(ReportFilter filter, String language) {
        Map<String, CategoryView> categories = allCategories(language);
        List<PublicReport> rows = repository.matching(filter).stream()
                .map(report -> PublicReport.of(report, categories.get(report.categoryCode()))).toList();
        return new ReportPage(rows, repository.count(filter));
    }

    public Optional<PublicReport> byReference(String reference, String language) {
        if (!ReferenceNumber.isWellFormed(reference)) {
            return Optional.empty();
        }
        return repository.findByReference(ReferenceNumber.parse(reference).toString()).filter(Report::isPublished)
                .map(report -> PublicReport.of(report, allCategories(language).get(report.categoryCode())));
    }

    /**
     * The report behind a tracking link's secret; nothing for anything else. While staff have
     * unpublished the report, its status and answers are shown but not its description (null).
     */
    public Optional<TrackedReport> track(String token, String language) {
        return reportOfToken(token).map(report -> new TrackedReport(
                PublicReport.of(report, allCategories(language).get(report.categoryCode())).withoutTextUnless(
                        report.isPublished()),
                report.history().stream().map(HistoryEntry::forPublic).toList()));
    }

    public Optional<String> referenceOfToken(String token) {
        return reportOfToken(token).map(Report::reference);
    }

    private Optional<Report> reportOfToken(String token) {
        if (!Secrets.looksLikeSecret(token)) {
            return Optional.empty();
        }
        return repository.findByTokenHash(Secrets.hashOf(token));
    }

    /**
     * Open reports of the category within {@link #NEARBY_METRES} of the point, nearest first: a box
     * query on the index, then the exact distance.
     */
    public List<NearbyReport> nearby(String categoryCode, GeoPoint point, String language) {
        if (categoryCode == null || point == null) {
            return List.of();
        }
        Map<String, CategoryView> categories = allCategories(language);
        return repository.openInBox(categoryCode, point.boxAround(NEARBY_METRES)).stream()
                .map(report -> new NearbyReport(PublicReport.of(report, categories.get(report.categoryCode())),
                        (int) Math.round(report.point().orElseThrow().metresTo(point))))
                .filter(nearby -> nearby.metres() <= NEARBY_METRES)
                .sorted(Comparator.comparingInt(NearbyReport::metres)).limit(5).toList();
    }

    public Optional<StaffReport> forStaff(long id, String language) {
        return repository.find(id).map(report -> new StaffReport(
                PublicReport.of(report, allCategories(language).get(report.categoryCode())), report.version(),
                report.unsafeTimes(), report.unsafeDays(), report.contactEmail(), report.contactPhone(),
                report.history().stream().map(HistoryEntry::forStaff).toList(),
                report.notes().stream().map(n -> new StaffReport.Note(n.body(), n.author(), n.createdAt())).toList(),
                report.status().next().stream().sorted().toList()));
    }

    public boolean isActiveApiKey(String key) {
        return Secrets.looksLikeSecret(key) && repository.activeKeyByHash(Secrets.hashOf(key)).isPresent();
    }

    public List<ApiKeyView> apiKeys() {
        return repository.allKeys().stream().map(ReportQueries::viewOf).toList();
    }

    private static ApiKeyView viewOf(ApiKey key) {
        return new ApiKeyView(key.id(), key.clientName(), key.createdBy(), key.createdAt(), key.revokedAt());
    }

    private Map<String, CategoryView> allCategories(String language) {
        return repository.allCategories().stream().map(category -> CategoryView.of(category, language))
                .collect(Collectors.toMap(CategoryView::code, Function.identity()));
    }
}
