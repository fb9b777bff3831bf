package se.tryggstad.portal.forum.workspace.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.Rejection;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** What the workspace pages share: times in Solna's zone, and refusals shown at their fields. */
@Named
@ApplicationScoped
public class WorkspaceTexts {

    private static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(SOLNA));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(SOLNA));
    }

    /** Each problem at its field of {@code form} when the page has that field, otherwise at the top. */
    static void show(Rejection rejected, String form, Set<String> fields) {
        for (FieldProblem problem : rejected.problems()) {
            FacesMessages.error(fields.contains(problem.field()) ? form + ":" + problem.field() : null,
                    problem.messageKey());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }
}
