package se.tryggstad.portal.remiss.application;

import java.time.LocalDate;
import java.util.Locale;

/** A list filter: status, event type, free text (diarienummer, police case, event, place) and urgency. */
public record RemissFilter(String status, String eventType, String text, Due due) {

    /** How urgent: all, still unanswered, past svarsdatum, due today, due within seven days. */
    public enum Due { ALL, OPEN, OVERDUE, TODAY, WEEK }

    boolean matches(RemissRow row, LocalDate today) {
        boolean open = !"AVSLUTAD".equals(row.status()) && !"AVVISAD".equals(row.status())
                && !"ATERKALLAD".equals(row.status()) && !"YTTRANDE_SKICKAT".equals(row.status());
        boolean dueMatches = switch (due == null ? Due.ALL : due) {
            case ALL -> true;
            case OPEN -> open;
            case OVERDUE -> open && row.answerBy().isBefore(today);
            case TODAY -> open && row.answerBy().isEqual(today);
            case WEEK -> open && !row.answerBy().isBefore(today) && !row.answerBy().isAfter(today.plusDays(7));
        };
        return dueMatches && (blank(status) || status.equals(row.status()))
                && (blank(eventType) || eventType.equals(row.eventType()))
                && (blank(text) || contains(row, text.strip().toLowerCase(Locale.ROOT)));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean contains(RemissRow row, String text) {
        return (row.diarienummer() + " " + row.policeCaseNumber() + " " + row.eventName() + " " + row.placeAddress())
                .toLowerCase(Locale.ROOT).contains(text);
    }
}
