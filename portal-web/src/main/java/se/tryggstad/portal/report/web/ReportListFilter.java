package se.tryggstad.portal.report.web;

import se.tryggstad.portal.report.domain.ReportStatus;

import java.io.Serializable;
import java.util.Arrays;

/** The filters of a report list as they come in the URL; anything unknown filters nothing. */
public class ReportListFilter implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    private String category;
    private String status;
    private String page;

    ReportStatus status() {
        return Arrays.stream(ReportStatus.values()).filter(value -> value.name().equals(status)).findFirst()
                .orElse(null);
    }

    String categoryOrNull() {
        return category == null || category.isBlank() || category.length() > 40 ? null : category.strip();
    }

    int pageNumber() {
        return page != null && page.matches("[0-9]{1,4}") ? Integer.parseInt(page) : 0;
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
