package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.search.api.DocumentSource;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every public report, for a rebuild of the search index (unpublished ones stay out). */
@ApplicationScoped
public class ReportDocuments implements DocumentSource {

    @Inject
    ReportRepository reports;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<IndexDocument> allDocuments() {
        Map<String, ReportCategory> categories = reports.allCategories().stream()
                .collect(Collectors.toMap(ReportCategory::code, Function.identity()));
        return reports.all().stream().filter(Report::isPublished)
                .map(report -> ReportIndexing.documentOf(report, categories.get(report.categoryCode())));
    }
}
