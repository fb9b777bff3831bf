package se.tryggstad.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.application.CategoryView;
import se.tryggstad.portal.report.application.PublicReport;
import se.tryggstad.portal.report.application.ReportPage;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.domain.ReportStatus;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The public list of reports, filtered by category and status, or one report by its number. */
@Named
@ViewScoped
public class PublicReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    @Inject
    @ConfigProperty(name = "trygg.report.tile-url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl;

    private final ReportListFilter filter = new ReportListFilter();
    private String reference;
    private transient ReportPage page;
    private transient List<CategoryView> categories;

    public void load() {
        String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        categories = queries.categories(language);
        if (reference != null && !reference.isBlank()) {
            List<PublicReport> one = queries.byReference(reference, language).stream().toList();
            page = new ReportPage(one, one.size());
        } else {
            page = queries.list(ReportFilter.of(filter.categoryOrNull(), filter.status(),
                    filter.pageNumber() * ReportListFilter.PAGE_SIZE, ReportListFilter.PAGE_SIZE), language);
        }
    }

    public boolean isMore() {
        return (long) (filter.pageNumber() + 1) * ReportListFilter.PAGE_SIZE < page.total();
    }

    public int getNextPage() {
        return filter.pageNumber() + 1;
    }

    public List<ReportStatus> getStatuses() {
        return List.of(ReportStatus.values());
    }

    /** The map's points: the same filters as the list, in the reader's language. */
    public String getMapQuery() {
        String category = filter.categoryOrNull();
        return "category=" + (category == null ? "" : URLEncoder.encode(category, StandardCharsets.UTF_8))
                + "&status=" + (filter.status() == null ? "" : filter.status().name())
                + "&lang=" + FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public String getTileUrl() { return tileUrl; }
    public ReportListFilter getFilter() { return filter; }
    public ReportPage getPage() { return page; }
    public List<CategoryView> getCategories() { return categories; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}
