package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.search.api.DocumentSource;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every public report, for a rebuild of the search index (unpublished ones stay out), read a page at
 * a time as the rebuild consumes them: reports are the one source that grows without bound.
 */
@ApplicationScoped
public class ReportDocuments implements DocumentSource {

    private static final int PAGE_SIZE = 500;

    @Inject
    ReportRepository reports;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<IndexDocument> allDocuments() {
        Map<String, ReportCategory> categories = reports.allCategories().stream()
                .collect(Collectors.toMap(ReportCategory::code, Function.identity()));
        return Stream.iterate(reports.publishedAfter(0, PAGE_SIZE), page -> !page.isEmpty(),
                        page -> reports.publishedAfter(page.get(page.size() - 1).id(), PAGE_SIZE))
                .flatMap(List::stream)
                .map(report -> ReportIndexing.documentOf(report, categories.get(report.categoryCode())));
    }
}
