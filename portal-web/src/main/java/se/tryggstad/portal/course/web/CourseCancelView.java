package se.tryggstad.portal.course.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.course.application.CourseQueries;
import se.tryggstad.portal.course.application.CourseService;
import se.tryggstad.portal.course.application.EnrolmentView;
import se.tryggstad.portal.course.domain.CourseRejected;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;

/** The page behind the secret link in a confirmation mail: shows the sign-up and cancels it. */
@Named
@ViewScoped
public class CourseCancelView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseService service;

    @Inject
    CourseQueries queries;

    private String token;
    private transient EnrolmentView enrolment;
    private boolean cancelled;

    public EnrolmentView getEnrolment() {
        if (enrolment == null && token != null) {
            enrolment = queries.enrolmentWithToken(token,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()).orElse(null);
        }
        return enrolment;
    }

    public void cancel() {
        try {
            service.cancelByToken(token);
            cancelled = true;
            enrolment = null;
            FacesMessages.info("course.cancel.done");
        } catch (CourseRejected rejected) {
            FacesMessages.error(null, rejected.messageKey());
        }
    }

    public boolean isCancelled() { return cancelled; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
