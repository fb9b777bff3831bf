package se.tryggstad.portal.course.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import se.tryggstad.portal.course.application.CourseGroupView;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the course pages write times, languages and seats in the reader's language. */
@Named
@ApplicationScoped
public class CourseTexts {

    public String when(CourseGroupView group) {
        Locale locale = locale();
        String day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(group.firstSession());
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(group.firstSession());
        String end = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(group.firstSession().plusMinutes(group.sessionMinutes()));
        return FacesMessages.text("course.when", day, time, end, group.sessions().size());
    }

    public String shortDate(CourseGroupView group) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(group.firstSession());
    }

    public String language(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(locale());
    }

    public String seats(CourseGroupView group) {
        return group.full() ? FacesMessages.text("course.full", group.waitlisted())
                : FacesMessages.text("course.seatsLeft", group.seatsLeft(), group.seats());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
