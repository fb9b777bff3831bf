package se.tryggstad.portal.forum.workspace.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.application.MemberOrganisation;
import se.tryggstad.portal.forum.web.ForumPages;
import se.tryggstad.portal.forum.workspace.application.FindingDraft;
import se.tryggstad.portal.forum.workspace.application.FindingRow;
import se.tryggstad.portal.forum.workspace.application.WalkPlan;
import se.tryggstad.portal.forum.workspace.application.WalkRow;
import se.tryggstad.portal.forum.workspace.application.WalkService;
import se.tryggstad.portal.report.application.CategoryView;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.shared.Rejection;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * /partner/samverkan/vandring.xhtml?id=[&vandring=]: a forum's trygghetsvandringar (plan one), or
 * one walk with its route and findings, and the phone-friendly form to record a finding.
 */
@Named
@ViewScoped
public class WalksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumAccess access;

    @Inject
    WalkService service;

    @Inject
    ReportQueries reports;

    @Inject
    @ConfigProperty(name = "trygg.report.tile-url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl;

    private String id;
    private String vandring;
    private ForumSummary forum;
    private List<WalkRow> walks;
    private WalkRow walk;
    private List<FindingRow> findings;
    private List<MemberOrganisation> members;
    private List<CategoryView> categories;
    private final WalkInput plan = new WalkInput();
    private final WalkInput finding = new WalkInput();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            forum = access.requireMember(ForumPages.idOf(id).orElseThrow(ForumRejected::notFound));
            if (vandring != null) {
                walk = service.walk(forum.id(), ForumPages.idOf(vandring).orElseThrow(ForumRejected::notFound));
                findings = service.findings(forum.id(), walk.id(), ForumPages.language());
                categories = reports.categories(ForumPages.language());
            } else {
                walks = service.walks(forum.id());
                members = service.members(forum.id());
            }
        } catch (ForumRejected notReadable) {
            ForumPages.notFound();
        }
    }

    public String planWalk() {
        try {
            WalkRow planned = service.plan(forum.id(), new WalkPlan(plan.getTitle(), plan.getDate(), plan.getTime(),
                    plan.getPlace(), plan.getRoute(), plan.getInvited()));
            return "/partner/samverkan/vandring.xhtml?faces-redirect=true&id=" + forum.id() + "&vandring=" + planned.id();
        } catch (ForumRejected rejected) {
            WorkspaceTexts.show(rejected, "plan", Set.of("title", "date", "meetingPoint", "route", "invited"));
            return null;
        }
    }

    public void recordFinding() {
        try {
            FindingRow recorded = service.recordFinding(forum.id(), walk.id(), new FindingDraft(finding.getCategory(),
                    number(finding.getLatitude()), number(finding.getLongitude()), finding.getPlace(),
                    finding.getDescription()), ForumPages.language());
            findings = service.findings(forum.id(), walk.id(), ForumPages.language());
            finding.clear();
            FacesMessages.info("forum.walk.finding.saved", recorded.reference());
        } catch (NumberFormatException notNumber) {
            FacesMessages.error("finding:latitude", "forum.walk.finding.position");
        } catch (Rejection rejected) {
            WorkspaceTexts.show(rejected, "finding", Set.of("category", "latitude", "place", "description"));
        }
    }

    private static Double number(String text) {
        return text == null || text.isBlank() ? null : Double.valueOf(text.strip().replace(',', '.'));
    }

    public ForumSummary getForum() { return forum; }
    public List<WalkRow> getWalks() { return walks; }
    public WalkRow getWalk() { return walk; }
    public List<FindingRow> getFindings() { return findings; }
    public List<MemberOrganisation> getMembers() { return members; }
    public List<CategoryView> getCategories() { return categories; }
    public WalkInput getPlan() { return plan; }
    public WalkInput getFinding() { return finding; }
    public String getTileUrl() { return tileUrl; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getVandring() { return vandring; }
    public void setVandring(String vandring) { this.vandring = vandring; }

    /** What the plan and finding forms hold while typed. */
    public static class WalkInput implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String date;
        private String time;
        private String place;
        private String route;
        private List<Long> invited = new ArrayList<>();
        private String category;
        private String latitude;
        private String longitude;
        private String description;

        void clear() {
            place = null;
            latitude = null;
            longitude = null;
            description = null;
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getTime() { return time; }
        public void setTime(String time) { this.time = time; }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
        public String getRoute() { return route; }
        public void setRoute(String route) { this.route = route; }
        public List<Long> getInvited() { return invited; }
        public void setInvited(List<Long> invited) { this.invited = invited; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getLatitude() { return latitude; }
        public void setLatitude(String latitude) { this.latitude = latitude; }
        public String getLongitude() { return longitude; }
        public void setLongitude(String longitude) { this.longitude = longitude; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }
}
