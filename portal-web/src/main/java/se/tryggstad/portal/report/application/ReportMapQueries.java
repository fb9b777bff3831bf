package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.infrastructure.ReportRepository;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The points of the public list's map: published reports with a position, newest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportMapQueries {

    /** More points than this make the map unreadable and the response large; the list pages on. */
    public static final int MAX_POINTS = 500;

    @Inject
    ReportRepository repository;

    public List<MapPoint> points(ReportFilter filter, String language) {
        Map<String, ReportCategory> categories = repository.allCategories().stream()
                .collect(Collectors.toMap(ReportCategory::code, Function.identity()));
        ReportFilter newest = new ReportFilter(filter.categoryCode(), filter.statuses(), filter.from(), filter.to(),
                filter.references(), 0, MAX_POINTS);
        return repository.matching(newest).stream().filter(report -> report.point().isPresent())
                .map(report -> new MapPoint(report.reference(),
                        categories.get(report.categoryCode()).name(language), report.place(), report.status(),
                        report.point().orElseThrow().latitude(), report.point().orElseThrow().longitude()))
                .toList();
    }
}
