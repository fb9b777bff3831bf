package se.tryggstad.portal.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.application.CategoryView;
import se.tryggstad.portal.report.application.Lagesbild;
import se.tryggstad.portal.report.application.LagesbildFilter;
import se.tryggstad.portal.report.application.LagesbildQueries;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The lägesbild dashboard for staff: figures for the filters in the URL, and export links. */
@Named
@ViewScoped
public class LagesbildView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LagesbildQueries queries;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trygg.report.tile-url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl;

    private String from;
    private String to;
    private String category;
    private String status;
    private String department;
    private String district;
    private transient Lagesbild figures;
    private transient LagesbildFilter filter;
    private transient List<CategoryView> categories;

    public void load() {
        if (!StaffOnly.check()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(LagesbildFilter.SOLNA));
        try {
            filter = LagesbildFilter.parse(from, to, category, status, department, district, List.of(), today);
        } catch (ReportRejected e) {
            FacesMessages.error("filter-" + e.field(), e.messageKey());
            filter = LagesbildFilter.lastYear(today);
        }
        from = filter.from().toString();
        to = filter.to().toString();
        categories = queries.categories("sv");
        Map<ReportStatus, String> statusLabels = new LinkedHashMap<>();
        for (ReportStatus value : ReportStatus.values()) {
            statusLabels.put(value, FacesMessages.text("report.status." + value.name()));
        }
        figures = queries.lagesbild(filter, "sv", statusLabels, FacesMessages.text("lagesbild.district.none"));
    }

    /** The query string of the current filters for the export API. */
    public String getExportQuery() {
        StringJoiner query = new StringJoiner("&");
        add(query, "from", filter.from().toString());
        add(query, "to", filter.to().toString());
        add(query, "category", filter.category());
        add(query, "status", filter.status() == null ? null : filter.status().name());
        add(query, "department", filter.department());
        add(query, "district", filter.district());
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** How dark a matrix cell is, 0–4, relative to the fullest cell. */
    public int shade(long count) {
        long max = figures.matrixMax();
        return count == 0 || max == 0 ? 0 : (int) Math.max(1, Math.round(4.0 * count / max));
    }

    /** A bar's width in percent of the largest count of its list. */
    public long percent(long count, List<Lagesbild.Count> of) {
        long max = of.stream().mapToLong(Lagesbild.Count::count).max().orElse(0);
        return max == 0 ? 0 : Math.round(100.0 * count / max);
    }

    public List<ReportStatus> getStatuses() { return List.of(ReportStatus.values()); }
    public List<LagesbildQueries.DistrictChoice> getDistricts() { return queries.districts(); }
    public List<String> getDepartments() { return queries.departments(); }
    public List<CategoryView> getCategories() { return categories; }
    public Lagesbild getFigures() { return figures; }
    public String getTileUrl() { return tileUrl; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
}
