package se.tryggstad.portal.course.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.course.application.CourseGroupView;
import se.tryggstad.portal.course.application.CourseQueries;
import se.tryggstad.portal.course.application.CourseService;
import se.tryggstad.portal.course.application.SignUp;
import se.tryggstad.portal.course.application.SignUpResult;
import se.tryggstad.portal.course.domain.CourseRejected;
import se.tryggstad.portal.course.domain.EnrolmentStatus;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** The public course page: upcoming groups, and the sign-up form for the group a parent picked. */
@Named
@ViewScoped
public class CoursesView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "signup";
    private static final Set<String> FIELDS = Set.of("parentName", "email", "phone", "consent");

    @Inject
    CourseService service;

    @Inject
    CourseQueries queries;

    /** Transient: records are reloaded per request anyway. */
    private transient List<CourseGroupView> groups;
    private transient CourseGroupView selected;

    private String groupParameter;
    private Long selectedId;
    private String parentName;
    private String email;
    private String phone;
    private boolean consent;
    private String result;

    /** Reads {@code ?grupp=}; anything that is not a published group's id selects nothing. */
    public void load() {
        selectedId = null;
        if (groupParameter != null && groupParameter.matches("[0-9]{1,18}")) {
            selectedId = Long.valueOf(groupParameter);
        }
    }

    public List<CourseGroupView> getGroups() {
        if (groups == null) {
            groups = queries.upcoming(language());
        }
        return groups;
    }

    public CourseGroupView getSelected() {
        if (selected == null && selectedId != null) {
            selected = getGroups().stream().filter(group -> group.id() == selectedId).findFirst().orElse(null);
        }
        return selected;
    }

    public void signUp() {
        if (getSelected() == null) {
            FacesMessages.error(null, "course.notFound");
            return;
        }
        try {
            SignUpResult signedUp = service.signUp(selectedId,
                    new SignUp(parentName, email, phone, language(), consent));
            result = signedUp.status() == EnrolmentStatus.BOOKED ? FacesMessages.text("course.result.booked")
                    : FacesMessages.text("course.result.waitlisted", signedUp.position());
            parentName = null;
            email = null;
            phone = null;
            consent = false;
            groups = null;
            selected = null;
        } catch (CourseRejected rejected) {
            FacesMessages.error(FIELDS.contains(rejected.field()) ? FORM + ":" + rejected.field() : null,
                    rejected.messageKey());
        }
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public String getGroupParameter() { return groupParameter; }
    public void setGroupParameter(String groupParameter) { this.groupParameter = groupParameter; }
    public String getParentName() { return parentName; }
    public void setParentName(String parentName) { this.parentName = parentName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getResult() { return result; }
}
