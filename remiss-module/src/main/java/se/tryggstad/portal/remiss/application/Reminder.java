package se.tryggstad.portal.remiss.application;

import java.time.LocalDate;

/** A remiss whose svarsdatum is near and that was not reminded of before. */
public record Reminder(long remissId, String diarienummer, String eventName, LocalDate answerBy) {
}
