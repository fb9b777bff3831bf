package se.tryggstad.portal.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.report.application.CategoryView;
import se.tryggstad.portal.report.application.ReportPage;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.domain.ReportStatus;

import java.io.Serializable;
import java.util.List;

/** Staff's list of reports, newest first, filtered by status and category. */
@Named
@ViewScoped
public class StaffReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @Inject
    ReportQueries queries;

    private final ReportListFilter filter = new ReportListFilter();
    private transient ReportPage page;
    private transient List<CategoryView> categories;

    public void load() {
        if (!StaffOnly.check()) {
            return;
        }
        categories = queries.categories("sv");
        page = queries.list(ReportFilter.of(filter.categoryOrNull(), filter.status(),
                filter.pageNumber() * PAGE_SIZE, PAGE_SIZE), "sv");
    }

    public boolean isMore() {
        return (long) (filter.pageNumber() + 1) * PAGE_SIZE < page.total();
    }

    public int getNextPage() {
        return filter.pageNumber() + 1;
    }

    public List<ReportStatus> getStatuses() {
        return List.of(ReportStatus.values());
    }

    public ReportListFilter getFilter() { return filter; }
    public ReportPage getPage() { return page; }
    public List<CategoryView> getCategories() { return categories; }
}
