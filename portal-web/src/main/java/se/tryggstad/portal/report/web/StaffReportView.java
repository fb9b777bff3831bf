package se.tryggstad.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.ReportService;
import se.tryggstad.portal.report.application.StaffReport;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
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

    private String id;
    private StaffReport report;
    private ReportStatus status;
    private String publicAnswer;
    private String note;

    public void load() {
        if (!StaffOnly.check()) {
            return;
        }
        report = id != null && id.matches("[0-9]{1,18}") ? queries.forStaff(Long.parseLong(id), "sv").orElse(null)
                : null;
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
    public void setNote(String note) { this.note = note; }
}
