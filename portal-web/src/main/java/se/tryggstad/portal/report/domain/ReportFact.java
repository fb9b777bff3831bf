package se.tryggstad.portal.report.domain;

import se.tryggstad.portal.shared.domain.GeoPoint;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the lägesbild needs of one report, read as a narrow projection: no description, no contact
 * details, no tracking token and no notes, so none of them can leak into figures or exports.
 *
 * @param assignedDepartment the förvaltning staff assigned the report to; null: its category's
 */
public record ReportFact(long id, String reference, String categoryCode, ReportStatus status, Double latitude,
                         Double longitude, Instant createdAt, int supporters, String place,
                         Set<UnsafeTime> unsafeTimes, Set<DayOfWeek> unsafeDays, String assignedDepartment) {

    public ReportFact {
        unsafeTimes = unsafeTimes == null || unsafeTimes.isEmpty() ? Set.of() : EnumSet.copyOf(unsafeTimes);
        unsafeDays = unsafeDays == null || unsafeDays.isEmpty() ? Set.of() : EnumSet.copyOf(unsafeDays);
    }

    /** A report that was never assigned: its förvaltning is its category's. */
    public ReportFact(long id, String reference, String categoryCode, ReportStatus status, Double latitude,
                      Double longitude, Instant createdAt, int supporters, String place,
                      Set<UnsafeTime> unsafeTimes, Set<DayOfWeek> unsafeDays) {
        this(id, reference, categoryCode, status, latitude, longitude, createdAt, supporters, place, unsafeTimes,
                unsafeDays, null);
    }

    /** From the stored form: times and days as comma-separated enum names. */
    public static ReportFact of(long id, String reference, String categoryCode, ReportStatus status, Double latitude,
                                Double longitude, Instant createdAt, int supporters, String place,
                                String unsafeTimes, String unsafeDays) {
        return of(id, reference, categoryCode, status, latitude, longitude, createdAt, supporters, place, unsafeTimes,
                unsafeDays, null);
    }

    /** As {@link #of(long, String, String, ReportStatus, Double, Double, Instant, int, String, String, String)}, with the assigned förvaltning. */
    public static ReportFact of(long id, String reference, String categoryCode, ReportStatus status, Double latitude,
                                Double longitude, Instant createdAt, int supporters, String place,
                                String unsafeTimes, String unsafeDays, String assignedDepartment) {
        return new ReportFact(id, reference, categoryCode, status, latitude, longitude, createdAt, supporters, place,
                names(unsafeTimes, UnsafeTime.class), names(unsafeDays, DayOfWeek.class), assignedDepartment);
    }

    /** The förvaltning the report is with: the assigned one, else {@code categoryDepartment}. */
    public String department(String categoryDepartment) {
        return assignedDepartment != null ? assignedDepartment : categoryDepartment;
    }

    private static <E extends Enum<E>> Set<E> names(String stored, Class<E> type) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(name -> Enum.valueOf(type, name.strip()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    public Optional<GeoPoint> point() {
        return latitude == null || longitude == null ? Optional.empty()
                : Optional.of(new GeoPoint(latitude, longitude));
    }
}
