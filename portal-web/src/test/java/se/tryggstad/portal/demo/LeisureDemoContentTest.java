package se.tryggstad.portal.demo;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.leisure.domain.ActivityDetails;
import se.tryggstad.portal.leisure.domain.SolnaArea;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo fritidsutbud is what the issue asks for, and every activity passes the rules. */
class LeisureDemoContentTest {

    @Test
    void fortyValidActivitiesAcrossSolnaWithSkollovSomeWaitingAndOneRejected() {
        for (LocalDate today : List.of(LocalDate.of(2026, 11, 26), LocalDate.of(2027, 2, 22), LocalDate.of(2027, 12, 30))) {
            LeisureDemoContent demo = new LeisureDemoContent();
            demo.today = today;
            List<LeisureDemoContent.Demo> all = new ArrayList<>(demo.cityActivities());
            all.addAll(demo.rasundaActivities());
            all.addAll(demo.hagalundActivities());

            assertEquals(40, all.size());
            for (LeisureDemoContent.Demo activity : all) {
                assertEquals(List.of(), activity.details().problems(), activity.details().titleSv());
            }
            assertEquals(40, all.stream().map(d -> d.details().titleSv()).distinct().count(), "titles are unique");
            Set<SolnaArea> areas = all.stream().map(d -> d.details().area())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(SolnaArea.class)));
            assertEquals(EnumSet.allOf(SolnaArea.class), areas, "every area has something");
            assertTrue(all.stream().filter(d -> d.details().holiday() != null).count() >= 8, "skollov activities");
            assertTrue(all.stream().filter(d -> d.details().holiday() != null)
                    .allMatch(d -> d.details().schedule().continuesAfter(today)), "holidays lie ahead");
            assertTrue(count(all, LeisureDemoContent.Fate.SUBMITTED) >= 2);
            assertEquals(1, count(all, LeisureDemoContent.Fate.REJECTED));
            assertTrue(all.stream().map(LeisureDemoContent.Demo::details).anyMatch(ActivityDetails::isTranslated));
        }
    }

    private static long count(List<LeisureDemoContent.Demo> all, LeisureDemoContent.Fate fate) {
        return all.stream().filter(d -> d.fate() == fate).count();
    }
}
