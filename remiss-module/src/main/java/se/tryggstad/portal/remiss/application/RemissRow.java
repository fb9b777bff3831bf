package se.tryggstad.portal.remiss.application;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A remiss in a list: no personal data. */
public record RemissRow(long id, String diarienummer, String policeCaseNumber, String eventName, String eventType,
                        String placeAddress, LocalDateTime starts, LocalDateTime ends, LocalDate answerBy,
                        String status, int peakVisitors, boolean overdue) {
}
