package se.tryggstad.portal.remiss.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.remiss.application.RemissDetail;
import se.tryggstad.portal.remiss.application.RemissQueries;
import se.tryggstad.portal.remiss.application.RemissService;
import se.tryggstad.portal.remiss.domain.Forvaltning;
import se.tryggstad.portal.remiss.domain.RemissRejected;
import se.tryggstad.portal.remiss.domain.RemissStatus;
import se.tryggstad.portal.remiss.mail.RemissMailer;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * /staff/remisser/remiss.xhtml?id=: one remiss with its audit log; handlers move it on, change the application,
 * consult förvaltningar and send the reviewed yttrande. Villkor and checks are in {@link RemissVillkorView}.
 */
@Named
@ViewScoped
public class RemissView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RemissQueries queries;

    @Inject
    RemissService remisser;

    @Inject
    RemissMailer mailer;

    private Long id;
    private RemissDetail remiss;
    private RemissForm form;
    private String status;
    private String forvaltning;
    private String question;
    private LocalDate dueOn;
    private final Map<Long, String> answers = new HashMap<>();

    public void load() {
        remiss = id == null ? null : queries.detail(id).orElse(null);
        form = remiss == null ? null : RemissForm.of(remiss.application());
    }

    public String move() {
        return act("workflow", () -> remisser.moveTo(id, status == null ? null : RemissStatus.valueOf(status), user()),
                "remiss.status.changed");
    }

    public String change() {
        return act("change", () -> remisser.change(id, remiss.version(), form.application(), user(),
                form.portalProblems()), "remiss.changed");
    }

    public String consult() {
        return act("consult", () -> remisser.askConsultation(id, forvaltning == null ? null
                : Forvaltning.valueOf(forvaltning), question, dueOn, user()), "remiss.consultation.asked");
    }

    public String answer(long consultationId) {
        return act("consultations", () -> remisser.answerConsultation(consultationId, answers.get(consultationId),
                user()), "remiss.consultation.answered");
    }

    public String send() {
        try {
            mailer.mailToPolice(remisser.sendYttrande(id, user()));
        } catch (RemissRejected rejected) {
            RemissRefusals.show(rejected, "yttrande", Set.of());
            return null;
        }
        FacesMessages.info("remiss.yttrande.sent");
        load();
        return null;
    }

    private String act(String form, Runnable action, String doneKey) {
        try {
            action.run();
        } catch (RemissRejected rejected) {
            RemissRefusals.show(rejected, form, "change".equals(form) ? RemissNewView.FIELDS
                    : Set.of("status", "forvaltning", "question", "dueOn"));
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesMessages.info(doneKey);
        return "/staff/remisser/remiss.xhtml?faces-redirect=true&id=" + id;
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RemissDetail getRemiss() { return remiss; }
    public RemissForm getForm() { return form; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getForvaltning() { return forvaltning; }
    public void setForvaltning(String forvaltning) { this.forvaltning = forvaltning; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public Map<Long, String> getAnswers() { return answers; }
}
