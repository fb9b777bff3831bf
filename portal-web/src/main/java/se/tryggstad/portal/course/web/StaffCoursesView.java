package se.tryggstad.portal.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.course.application.CourseGroupView;
import se.tryggstad.portal.course.application.CourseQueries;
import se.tryggstad.portal.course.application.CourseService;
import se.tryggstad.portal.course.application.ParticipantView;
import se.tryggstad.portal.course.domain.CourseDetails;
import se.tryggstad.portal.course.domain.CourseRejected;
import se.tryggstad.portal.course.domain.Programme;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** The staff course page: plan and edit groups, publish them, see and cancel participants. */
@Named
@ViewScoped
public class StaffCoursesView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "course";
    /** Languages courses are usually held in; the page names them in the reader's language. */
    private static final List<String> COURSE_LANGUAGES = List.of("sv", "en", "ar", "so", "fa", "ti");

    @Inject
    CourseService service;

    @Inject
    CourseQueries queries;

    private transient List<CourseGroupView> groups;
    private transient List<ParticipantView> participants;

    private Long editing;
    private Long showing;
    private final CourseForm form = new CourseForm();

    public List<CourseGroupView> getGroups() {
        if (groups == null) {
            groups = queries.all();
        }
        return groups;
    }

    public List<ParticipantView> getParticipants() {
        if (participants == null && showing != null) {
            participants = queries.participants(showing);
        }
        return participants;
    }

    public CourseGroupView getShown() {
        return showing == null ? null : getGroups().stream().filter(g -> g.id() == showing).findFirst().orElse(null);
    }

    public void edit(CourseGroupView group) {
        editing = group.id();
        form.fill(group.details(), group.published());
    }

    public void newGroup() {
        editing = null;
        form.fill(null, false);
    }

    public void show(CourseGroupView group) {
        showing = group.id();
        participants = null;
    }

    public void save() {
        CourseDetails details = new CourseDetails(form.getProgramme(), form.getTitleSv(), form.getTitleEn(),
                form.getDescriptionSv(), form.getDescriptionEn(), form.getPlace(), form.getCourseLanguage(),
                form.firstSession(), form.getSessionCount(), form.getSessionMinutes(), form.getSeats());
        try {
            CourseGroupView saved = editing == null ? service.plan(details, form.isPublished())
                    : service.describe(editing, details, form.isPublished());
            FacesMessages.info("course.staff.saved", saved.title());
            newGroup();
            groups = null;
            participants = null;
        } catch (CourseRejected rejected) {
            FacesMessages.error(CourseForm.inputOf(rejected.field()).map(input -> FORM + ":" + input).orElse(null),
                    rejected.messageKey());
        }
    }

    public void cancelParticipant(ParticipantView participant) {
        try {
            service.cancelByStaff(showing, participant.id());
            FacesMessages.info("course.staff.cancelled");
        } catch (CourseRejected rejected) {
            FacesMessages.error(null, rejected.messageKey());
        }
        groups = null;
        participants = null;
    }

    public List<Programme> getProgrammes() {
        return List.of(Programme.values());
    }

    public List<String> getCourseLanguages() {
        return COURSE_LANGUAGES;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public CourseForm getForm() {
        return form;
    }
}
