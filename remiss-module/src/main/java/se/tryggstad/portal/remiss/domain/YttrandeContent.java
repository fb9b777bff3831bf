package se.tryggstad.portal.remiss.domain;

import java.time.LocalDate;
import java.util.List;

/** What an yttrande says: the case, a summary of the event (label, value), the villkor, who wrote and reviewed it. */
public record YttrandeContent(String city, String diarienummer, String policeCaseNumber, int number,
                              List<String[]> eventSummary, List<String> villkor, String handler, String reviewer,
                              LocalDate date) {

    public YttrandeContent {
        eventSummary = List.copyOf(eventSummary);
        villkor = List.copyOf(villkor);
    }
}
