package se.tryggstad.portal.remiss.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import se.tryggstad.portal.remiss.domain.Forvaltning;
import se.tryggstad.portal.remiss.domain.RemissStatus;
import se.tryggstad.portal.remiss.event.EventType;
import se.tryggstad.portal.remiss.event.PlaceKind;
import se.tryggstad.portal.remiss.event.TemporaryStructure;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** The choices of the remiss forms and the formats of the remiss pages; labels come from the bundle. */
@Named
@ApplicationScoped
public class RemissChoices {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public List<String> eventTypes() {
        return names(EventType.values());
    }

    public List<String> placeKinds() {
        return names(PlaceKind.values());
    }

    public List<String> structures() {
        return names(TemporaryStructure.values());
    }

    public List<String> statuses() {
        return names(RemissStatus.values());
    }

    public List<String> forvaltningar() {
        return names(Forvaltning.values());
    }

    public String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
