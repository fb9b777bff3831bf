package se.tryggstad.portal.remiss.application;

import java.time.LocalDate;
import java.util.List;

/** Unanswered remisser: past their svarsdatum, due today, due later this week. */
public record Dashboard(LocalDate today, List<RemissRow> overdue, List<RemissRow> dueToday,
                        List<RemissRow> dueThisWeek) {
}
