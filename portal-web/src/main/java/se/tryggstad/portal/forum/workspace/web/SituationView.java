package se.tryggstad.portal.forum.workspace.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.web.ForumPages;
import se.tryggstad.portal.forum.workspace.application.SituationService;
import se.tryggstad.portal.forum.workspace.application.SituationService.Situation;
import se.tryggstad.portal.report.application.CategoryView;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.shared.Rejection;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * /partner/samverkan/lagesbild.xhtml?id=&amp;from=&amp;to=&amp;category=&amp;status=&amp;per=month: the
 * reports inside a platssamverkan's area. The filter is a GET form, so every view has its own address.
 */
@Named
@ViewScoped
public class SituationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumAccess access;

    @Inject
    SituationService service;

    @Inject
    ReportQueries reports;

    private String id;
    private String from;
    private String to;
    private String category;
    private String status;
    private String per;
    private ForumSummary forum;
    private Situation situation;
    private boolean noArea;
    private List<CategoryView> categories;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            forum = access.requireMember(ForumPages.idOf(id).orElseThrow(ForumRejected::notFound));
            categories = reports.categories(ForumPages.language());
            situation = service.situation(forum.id(), from, to, category, status, "month".equals(per),
                    ForumPages.language()).orElse(null);
            noArea = situation == null;
        } catch (ForumRejected notReadable) {
            ForumPages.notFound();
        } catch (Rejection badFilter) {
            WorkspaceTexts.show(badFilter, "filter", Set.of("from", "to", "status"));
        }
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public ForumSummary getForum() { return forum; }
    public Situation getSituation() { return situation; }
    public boolean isNoArea() { return noArea; }
    public List<CategoryView> getCategories() { return categories; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getPer() { return per; }
    public void setPer(String per) { this.per = per; }
}
