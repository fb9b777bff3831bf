package se.tryggstad.portal.remiss.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The city's local time, which remiss dates (svarsdatum, event times) are in. */
@ApplicationScoped
public class RemissTime {

    public static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");

    private final Clock clock = Clock.system(SOLNA);

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
