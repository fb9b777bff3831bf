package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.report.domain.ReportFact;
import se.tryggstad.portal.report.infrastructure.ReportFacts;
import se.tryggstad.portal.report.infrastructure.ReportRepository;
import se.tryggstad.portal.shared.domain.BoundingBox;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reports inside an area (e.g. a platssamverkan's polygon), for readers outside the city's staff:
 * only category, place, status and date, never a description or contact details. The box
 * pre-filters in the database; the caller's {@code inside} decides each point.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AreaReportQueries {

    /** A report as an area's lägesbild shows it. */
    public record AreaReport(String reference, String categoryCode, String categoryName, String place,
                             se.tryggstad.portal.report.domain.ReportStatus status, Instant createdAt,
                             double latitude, double longitude) {
    }

    @Inject
    ReportFacts facts;

    @Inject
    ReportRepository repository;

    public List<AreaReport> inArea(BoundingBox box, Predicate<GeoPoint> inside, LagesbildFilter filter,
                                   String language) {
        Map<String, CategoryView> categories = repository.allCategories().stream()
                .map(category -> CategoryView.of(category, language))
                .collect(Collectors.toMap(CategoryView::code, Function.identity()));
        List<String> codes = filter.category() == null ? List.of() : List.of(filter.category());
        return facts.matchingInBox(box, codes, filter.status(), filter.start(), filter.end()).stream()
                .filter(fact -> fact.latitude() != null && fact.longitude() != null)
                .filter(fact -> inside.test(new GeoPoint(fact.latitude(), fact.longitude())))
                .map(fact -> areaReport(fact, categories)).toList();
    }

    private static AreaReport areaReport(ReportFact fact, Map<String, CategoryView> categories) {
        CategoryView category = categories.get(fact.categoryCode());
        return new AreaReport(fact.reference(), fact.categoryCode(),
                category == null ? fact.categoryCode() : category.name(), fact.place(), fact.status(),
                fact.createdAt(), fact.latitude(), fact.longitude());
    }
}
