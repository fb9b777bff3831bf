package se.tryggstad.portal.report.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates on report pages in Solna's time and the reader's language. */
@Named
@ApplicationScoped
public class ReportTexts {

    private static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale()).format(instant.atZone(SOLNA));
    }

    public String dateTime(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale()).format(instant.atZone(SOLNA));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
