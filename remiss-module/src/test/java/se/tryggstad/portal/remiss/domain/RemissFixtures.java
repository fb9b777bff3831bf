package se.tryggstad.portal.remiss.domain;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/** A valid application and remisser put in a given state, for the domain tests. */
final class RemissFixtures {

    private RemissFixtures() {
    }

    static RemissApplication application(String policeCase, int peakVisitors) {
        LocalDateTime start = LocalDateTime.of(2027, 6, 12, 18, 0);
        return new RemissApplication(policeCase, LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 20),
                "tillstand@polisen.example", "Arena Konsert AB", "556677-8899", "Kim Kontakt", "070-1234567", null,
                "Sommarkonsert", "konsert", "Evenemangsgatan 31, Solna", 59.3727, 18.0005, "ARENA_AREA", true,
                start.minusDays(1), start, start.plusHours(5), start.plusDays(1), peakVisitors, 50000, true, true,
                Set.of("STAGE"), false, true, false, true, LocalTime.of(23, 0), true);
    }

    static Remiss remissIn(RemissStatus status, String author) {
        Remiss remiss = Remiss.register(application("PC-1", 5000), "KS/2027:0001", "test", LocalDateTime.of(2027, 5, 2, 9, 0));
        set(remiss, "status", status);
        set(remiss, "proposalAuthor", author);
        return remiss;
    }

    private static void set(Remiss remiss, String field, Object value) {
        try {
            Field f = Remiss.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(remiss, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
