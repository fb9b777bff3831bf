package se.tryggstad.portal.report.domain;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * What a resident sends, as typed. Coordinates are optional (a place text is enough), but come in
 * pairs; contact details are optional and need consent.
 *
 * @param language sv or en: the language of mails to the reporter
 */
public record ReportDraft(String categoryCode, Double latitude, Double longitude, String place, String description,
                          Set<UnsafeTime> unsafeTimes, Set<DayOfWeek> unsafeDays, String email, String phone,
                          boolean consent, String language) {

    public ReportDraft {
        unsafeTimes = unsafeTimes == null ? Set.of() : Set.copyOf(unsafeTimes);
        unsafeDays = unsafeDays == null ? Set.of() : Set.copyOf(unsafeDays);
    }
}
