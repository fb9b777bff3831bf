package se.tryggstad.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.report.application.ReportHandling;
import se.tryggstad.portal.report.application.ReportHandlingQueries;
import se.tryggstad.portal.report.application.StaffHandling;
import se.tryggstad.portal.report.application.StaffPerson;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

/**
 * The handling forms on a staff member's report page: assign to a förvaltning and person, merge as a
 * duplicate into another report, unpublish or republish, redact the description; and the log.
 */
@Named
@ViewScoped
public class ReportHandlingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportHandlingQueries queries;

    @Inject
    ReportHandling handling;

    @Inject
    StaffReportView reportView;

    private String id;
    private StaffHandling report;
    private List<String> departments;
    private List<StaffPerson> people;
    private String department;
    private String assignee;
    private String original;
    private String mergeAnswer;
    private String description;

    public void load() {
        if (!StaffOnly.check()) {
            return;
        }
        refresh();
        if (report != null) {
            department = report.department();
            assignee = report.assignee();
            description = report.description();
        }
    }

    /** Reads the report again, keeping what the staff member typed. */
    private void refresh() {
        report = id != null && id.matches("[0-9]{1,18}") ? queries.handling(Long.parseLong(id)).orElse(null) : null;
        departments = queries.departments();
        people = queries.staffPeople();
    }

    public void assign() {
        act("assign", "report.handling.assigned",
                r -> handling.assign(r.id(), r.version(), department, assignee, staffUser()));
    }

    public void merge() {
        act("merge", "report.handling.merged",
                r -> handling.merge(r.id(), r.version(), original, mergeAnswer, staffUser()));
    }

    public void unpublish() {
        act("publishing", "report.handling.unpublished", r -> handling.unpublish(r.id(), r.version(), staffUser()));
    }

    public void republish() {
        act("publishing", "report.handling.republished", r -> handling.republish(r.id(), r.version(), staffUser()));
    }

    public void redact() {
        act("redact", "report.handling.redacted",
                r -> handling.redact(r.id(), r.version(), description, staffUser()));
    }

    /** Runs one staff action; a refusal shows at its field (or on top), and the page is read again. */
    private void act(String form, String doneKey, Consumer<StaffHandling> action) {
        if (report == null) {
            return;
        }
        try {
            action.accept(report);
            FacesMessages.info(doneKey);
            original = null;
            mergeAnswer = null;
        } catch (ReportRejected rejected) {
            FacesMessages.error(rejected.field() == null ? null : form + ":" + rejected.field(),
                    rejected.messageKey());
            refresh();
            reportView.load();
            return;
        }
        load();
        reportView.load();
    }

    private static String staffUser() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public StaffHandling getReport() { return report; }
    public List<String> getDepartments() { return departments; }
    public List<StaffPerson> getPeople() { return people; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public String getOriginal() { return original; }
    public void setOriginal(String original) { this.original = original; }
    public String getMergeAnswer() { return mergeAnswer; }
    public void setMergeAnswer(String mergeAnswer) { this.mergeAnswer = mergeAnswer; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
