package se.tryggstad.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.report.application.ReportAdministration;
import se.tryggstad.portal.report.application.ReportHandlingQueries;
import se.tryggstad.portal.report.application.TemplateView;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * /staff/svarsmallar.xhtml: staff and admins keep the answer templates (Swedish and English) of the status
 * form; the same roles as {@code AnswerTemplateResource}, here and in web.xml.
 */
@Named
@ViewScoped
public class AnswerTemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "template";
    private static final Set<String> FIELDS = Set.of("title", "textSv", "textEn");
    private static final String PAGE = "/staff/svarsmallar.xhtml?faces-redirect=true";
    /** The roles of AnswerTemplateResource and of the page's web.xml constraint. */
    private static final String[] ROLES = {"STAFF", "ADMIN"};

    @Inject
    ReportHandlingQueries queries;

    @Inject
    ReportAdministration administration;

    private String id;
    private Long editing;
    private Long version;
    private String title;
    private String textSv;
    private String textEn;
    private List<TemplateView> templates;

    public void load() {
        if (!StaffOnly.checkAnyOf(ROLES)) {
            return;
        }
        templates = queries.templates();
        TemplateView chosen = id != null && id.matches("[0-9]{1,18}")
                ? queries.template(Long.parseLong(id)).orElse(null) : null;
        if (chosen != null) {
            editing = chosen.id();
            version = chosen.version();
            title = chosen.title();
            textSv = chosen.textSv();
            textEn = chosen.textEn();
        }
    }

    public String save() {
        String staffUser = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        try {
            TemplateView saved = editing == null ? administration.createTemplate(title, textSv, textEn, staffUser)
                    : administration.editTemplate(editing, version, title, textSv, textEn, staffUser);
            return done("report.template.saved", saved.title());
        } catch (ReportRejected rejected) {
            FacesMessages.error(FIELDS.contains(rejected.field()) ? FORM + ":" + rejected.field() : null,
                    rejected.messageKey());
            templates = queries.templates();
            return null;
        }
    }

    public String delete() {
        if (editing == null) {
            return null;
        }
        try {
            administration.deleteTemplate(editing);
        } catch (ReportRejected gone) {
            // deleted meanwhile by someone else: the outcome is the same
        }
        return done("report.template.deleted", title);
    }

    private static String done(String key, String templateTitle) {
        FacesMessages.info(key, templateTitle);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return PAGE;
    }

    public boolean isEditing() { return editing != null; }
    public List<TemplateView> getTemplates() { return templates; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTextSv() { return textSv; }
    public void setTextSv(String textSv) { this.textSv = textSv; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
}
