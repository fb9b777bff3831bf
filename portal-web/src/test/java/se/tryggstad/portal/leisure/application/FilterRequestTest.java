package se.tryggstad.portal.leisure.application;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.leisure.domain.ActivityFilter;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.leisure.domain.SchoolHoliday;
import se.tryggstad.portal.leisure.domain.SolnaArea;
import se.tryggstad.portal.leisure.domain.TimeOfDay;

import java.time.DayOfWeek;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FilterRequestTest {

    @Test
    void urlParametersBecomeAFilterAndCaseDoesNotMatter() {
        ActivityFilter filter = new FilterRequest("9", "true", "monday", "AFTERNOON", "rasunda", "", "sportlov")
                .toFilter();
        assertEquals(new ActivityFilter(9, true, DayOfWeek.MONDAY, TimeOfDay.AFTERNOON, SolnaArea.RASUNDA, null,
                SchoolHoliday.SPORTLOV), filter);
        assertEquals(ActivityFilter.NONE, FilterRequest.NONE.toFilter());
    }

    @Test
    void everyParameterThatIsNotUnderstoodIsNamed() {
        LeisureRejected rejected = assertThrows(LeisureRejected.class,
                () -> new FilterRequest("nio", "kanske", "fredag", null, "Mars", null, null).toFilter());
        assertEquals(LeisureRejected.Reason.INVALID, rejected.reason());
        assertEquals(List.of("age", "free", "weekday", "area"),
                rejected.problems().stream().map(FieldProblem::field).toList());
        assertThrows(LeisureRejected.class, () -> new FilterRequest("120", null, null, null, null, null, null).toFilter());
    }
}
