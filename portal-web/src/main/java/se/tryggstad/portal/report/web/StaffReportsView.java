package se.tryggstad.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.report.application.CategoryView;
import se.tryggstad.portal.report.application.ReportHandlingQueries;
import se.tryggstad.portal.report.application.ReportPage;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.domain.ReportStatus;

import java.io.Serializable;
import java.util.List;

/**
 * Staff's list of reports (also unpublished ones), newest first, filtered by status, category,
 * förvaltning and "mina" (assigned to the signed-in staff member).
 */
@Named
@ViewScoped
public class StaffReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @Inject
    ReportQueries queries;

    @Inject
    ReportHandlingQueries handlingQueries;

    private final ReportListFilter filter = new ReportListFilter();
    private transient ReportPage page;
    private transient List<CategoryView> categories;
    private transient List<String> departments;
    private String department;
    private String mine;

    public void load() {
        if (!StaffOnly.check()) {
            return;
        }
        categories = queries.categories("sv");
        departments = handlingQueries.departments();
        String assignee = isOnlyMine() ? FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() : null;
        page = handlingQueries.listForStaff(ReportFilter.of(filter.categoryOrNull(), filter.status(),
                filter.pageNumber() * PAGE_SIZE, PAGE_SIZE), department != null && departments.contains(department) ? department : null,
                assignee, "sv");
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

    /** "Mina": only the reports assigned to the signed-in staff member. */
    public boolean isOnlyMine() {
        return "ja".equals(mine);
    }

    public ReportListFilter getFilter() { return filter; }
    public List<String> getDepartments() { return departments; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getMine() { return mine; }
    public void setMine(String mine) { this.mine = mine; }
    public ReportPage getPage() { return page; }
    public List<CategoryView> getCategories() { return categories; }
}
