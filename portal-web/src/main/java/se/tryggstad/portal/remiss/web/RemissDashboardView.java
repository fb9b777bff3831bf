package se.tryggstad.portal.remiss.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.remiss.application.Dashboard;
import se.tryggstad.portal.remiss.application.RemissFilter;
import se.tryggstad.portal.remiss.application.RemissQueries;
import se.tryggstad.portal.remiss.application.RemissRow;
import se.tryggstad.portal.remiss.application.RemissStatistics;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** /staff/remisser/: what is due (overdue, today, this week), every remiss with filters, and the figures. */
@Named
@ViewScoped
public class RemissDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RemissQueries queries;

    private String status;
    private String type;
    private String text;
    private String due;
    private transient Dashboard dashboard;
    private transient List<RemissRow> rows;
    private transient RemissStatistics statistics;

    public void load() {
        dashboard = queries.dashboard();
        rows = queries.list(new RemissFilter(status, type, text, dueFilter()));
        statistics = queries.statistics();
    }

    private RemissFilter.Due dueFilter() {
        try {
            return due == null || due.isBlank() ? RemissFilter.Due.ALL : RemissFilter.Due.valueOf(due.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return RemissFilter.Due.ALL;
        }
    }

    public String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }

    public Dashboard getDashboard() { return dashboard; }
    public List<RemissRow> getRows() { return rows; }
    public RemissStatistics getStatistics() { return statistics; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getDue() { return due; }
    public void setDue(String due) { this.due = due; }
}
