package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.infrastructure.ReportRepository;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The newest public reports for feeds: the whole city, or within a radius of a point; optionally one category. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportFeedQueries {

    public static final int FEED_SIZE = 50;

    @Inject
    ReportRepository repository;

    public List<PublicReport> latest(String categoryCode, GeoPoint centre, Integer radiusMetres, String language) {
        Map<String, CategoryView> categories = repository.allCategories().stream()
                .map(category -> CategoryView.of(category, language))
                .collect(Collectors.toMap(CategoryView::code, Function.identity()));
        List<Report> rows;
        if (centre == null) {
            rows = repository.matching(ReportFilter.of(categoryCode, null, 0, FEED_SIZE));
        } else {
            rows = repository.latestInBox(categoryCode, centre.boxAround(radiusMetres), FEED_SIZE * 4).stream()
                    .filter(report -> report.point().map(point -> point.metresTo(centre) <= radiusMetres)
                            .orElse(false))
                    .limit(FEED_SIZE).toList();
        }
        return rows.stream().map(report -> PublicReport.of(report, categories.get(report.categoryCode()))).toList();
    }
}
