package se.tryggstad.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.report.application.ReportHandlingQueries;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.ReportService;
import se.tryggstad.portal.report.application.StaffHandling;
import se.tryggstad.portal.report.application.StaffReport;
import se.tryggstad.portal.report.application.TemplateView;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** One report for staff: contact, history with who and when, notes, and the status change form. */
@Named
@ViewScoped
public class StaffReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "change";
    private static final Set<String> FIELDS = Set.of("status", "publicAnswer", "note");

    @Inject
    ReportQueries queries;

    @Inject
    ReportService service;

    @Inject
    ReportHandlingQueries handlingQueries;

    private String id;
    private StaffReport report;
    private ReportStatus status;
    private String publicAnswer;
    private String note;
    private List<TemplateView> templates;
    private Long templateId;

    public void load() {
        if (!StaffOnly.check()) {
            return;
        }
        report = id != null && id.matches("[0-9]{1,18}") ? queries.forStaff(Long.parseLong(id), "sv").orElse(null)
                : null;
        templates = handlingQueries.templates();
    }

    /** Prefills the public answer with the chosen template, in the reporter's language. */
    public void applyTemplate() {
        if (report == null) {
            return;
        }
        String language = handlingQueries.handling(report.report().id()).map(StaffHandling::reporterLanguage)
                .orElse("sv");
        templates.stream().filter(template -> templateId != null && template.id() == templateId).findFirst()
                .ifPresentOrElse(template -> publicAnswer = template.text(language),
                        () -> FacesMessages.error(FORM + ":template", "report.template.choose"));
    }

    public void changeStatus() {
        if (report == null) {
            return;
        }
        try {
            service.changeStatus(report.report().id(), report.version(), status, publicAnswer, note,
                    FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
            FacesMessages.info("report.staff.changed");
            status = null;
            publicAnswer = null;
            note = null;
        } catch (ReportRejected rejected) {
            FacesMessages.error(FIELDS.contains(rejected.field()) ? FORM + ":" + rejected.field() : null,
                    rejected.messageKey());
        }
        load();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public StaffReport getReport() { return report; }
    public ReportStatus getStatus() { return status; }
    public void setStatus(ReportStatus status) { this.status = status; }
    public String getPublicAnswer() { return publicAnswer; }
    public void setPublicAnswer(String publicAnswer) { this.publicAnswer = publicAnswer; }
    public String getNote() { return note; }
    public List<TemplateView> getTemplates() { return templates; }
    public Long getTemplateId() { return templateId; }
    public void setTemplateId(Long templateId) { this.templateId = templateId; }
    public void setNote(String note) { this.note = note; }
}
