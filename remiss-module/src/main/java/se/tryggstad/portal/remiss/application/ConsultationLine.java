package se.tryggstad.portal.remiss.application;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An internal consultation of a remiss and its answer, if any. */
public record ConsultationLine(long id, String forvaltning, String question, LocalDate dueOn, String askedBy,
                               String answer, String answeredBy, LocalDateTime answeredAt, boolean overdue) {
}
