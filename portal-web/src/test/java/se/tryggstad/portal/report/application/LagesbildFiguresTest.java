package se.tryggstad.portal.report.application;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.report.domain.District;
import se.tryggstad.portal.report.domain.DistrictMap;
import se.tryggstad.portal.report.domain.ReportFact;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.report.domain.UnsafeTime;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LagesbildFiguresTest {

    private static final District NORTH = district("north", "Norr", 59.36, 59.40);
    private static final District SOUTH = district("south", "Söder", 59.30, 59.36);
    private static final DistrictMap MAP = new DistrictMap(List.of(NORTH, SOUTH), true, "demo");
    private static final List<CategoryView> CATEGORIES = List.of(
            new CategoryView("belysning", "Belysning", "", "Gata/park"),
            new CategoryView("klotter", "Klotter", "", "Gata/park"),
            new CategoryView("otrygg-plats", "Otrygg plats", "", "Trygghet"));

    private static District district(String code, String name, double south, double north) {
        return new District(code, name, List.of(new District.Area(new District.Ring(List.of(new GeoPoint(south, 17.9),
                new GeoPoint(south, 18.1), new GeoPoint(north, 18.1), new GeoPoint(north, 17.9))), List.of())));
    }

    private static ReportFact fact(long id, String category, ReportStatus status, Double lat, String created,
                                   Set<UnsafeTime> times, Set<DayOfWeek> days) {
        return new ReportFact(id, "TR-2026-00000" + id, category, status, lat, lat == null ? null : 18.0,
                Instant.parse(created), 0, "Plats " + id, times, days);
    }

    private static final List<ReportFact> FACTS = List.of(
            fact(1, "belysning", ReportStatus.NY, 59.37, "2026-03-02T10:00:00Z", Set.of(UnsafeTime.KVALL, UnsafeTime.NATT),
                    Set.of(DayOfWeek.FRIDAY)),
            fact(2, "belysning", ReportStatus.ATGARDAD, 59.37, "2026-03-31T22:30:00Z", Set.of(UnsafeTime.KVALL),
                    Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)),
            fact(3, "klotter", ReportStatus.NY, 59.33, "2026-04-15T12:00:00Z", Set.of(), Set.of()),
            fact(4, "otrygg-plats", ReportStatus.MOTTAGEN, null, "2026-05-01T12:00:00Z", Set.of(UnsafeTime.NATT), Set.of()));

    private static LagesbildFilter filter(LocalDate from, LocalDate to, String district) {
        return new LagesbildFilter(from, to, null, null, null, district, List.of());
    }

    private static Lagesbild count(LagesbildFilter filter) {
        return LagesbildFigures.count(filter, LagesbildFigures.placed(FACTS, MAP, filter.district()), CATEGORIES, MAP,
                LagesbildQueries.statusNames(), "Ingen");
    }

    private static Map<String, Long> counts(List<Lagesbild.Count> counts) {
        return counts.stream().collect(Collectors.toMap(Lagesbild.Count::key, Lagesbild.Count::count));
    }

    @Test
    void everyListCountsEachReportOnceAndAddsUpToTheTotal() {
        Lagesbild figures = count(filter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null));
        assertEquals(4, figures.total());
        assertEquals(Map.of("belysning", 2L, "klotter", 1L, "otrygg-plats", 1L), counts(figures.byCategory()));
        assertEquals(2L, counts(figures.byStatus()).get("NY"));
        assertEquals(0L, counts(figures.byStatus()).get("AVSLUTAD"), "every status is listed");
        assertEquals(List.of(new Lagesbild.Count("Gata/park", "Gata/park", 3), new Lagesbild.Count("Trygghet", "Trygghet", 1)),
                figures.byDepartment());
        assertEquals(List.of(new Lagesbild.Count("north", "Norr", 2), new Lagesbild.Count("south", "Söder", 1),
                new Lagesbild.Count("", "Ingen", 1)), figures.byDistrict());
        assertEquals(1, figures.withoutPosition());
        for (List<Lagesbild.Count> list : List.of(figures.byCategory(), figures.byStatus(), figures.byDepartment(),
                figures.byDistrict(), figures.overTime())) {
            assertEquals(4, list.stream().mapToLong(Lagesbild.Count::count).sum(), list.toString());
        }
    }

    @Test
    void aLongRangeCountsPerMonthInSolnasTimeWithoutHoles() {
        Lagesbild figures = count(filter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null));
        assertEquals("MONTH", figures.period());
        assertEquals(12, figures.overTime().size());
        Map<String, Long> months = counts(figures.overTime());
        assertEquals(1L, months.get("2026-03"));
        assertEquals(2L, months.get("2026-04"), "22:30 UTC on 31 March is 1 April in Solna (summer time)");
        assertEquals(0L, months.get("2026-02"));
    }

    @Test
    void aReportAssignedToAnotherForvaltningCountsThereAndNotUnderItsCategorys() {
        ReportFact assigned = new ReportFact(5, "TR-2026-000005", "belysning", ReportStatus.MOTTAGEN, 59.37, 18.0,
                Instant.parse("2026-03-03T10:00:00Z"), 0, "Plats 5", Set.of(), Set.of(), "Socialförvaltningen");
        List<ReportFact> facts = List.of(FACTS.get(0), assigned);
        LagesbildFilter filter = filter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null);
        Lagesbild figures = LagesbildFigures.count(filter, LagesbildFigures.placed(facts, MAP, null), CATEGORIES, MAP,
                LagesbildQueries.statusNames(), "Ingen");
        assertEquals(Map.of("Gata/park", 1L, "Socialförvaltningen", 1L), counts(figures.byDepartment()));
        Map<String, CategoryView> byCode = CATEGORIES.stream()
                .collect(Collectors.toMap(CategoryView::code, category -> category));
        assertEquals("Socialförvaltningen", LagesbildFigures.departmentOf(assigned, byCode));
        assertEquals("Gata/park", LagesbildFigures.departmentOf(FACTS.get(0), byCode));
        assertEquals("", LagesbildFigures.departmentOf(fact(6, "okand", ReportStatus.NY, null, "2026-03-03T10:00:00Z",
                Set.of(), Set.of()), byCode), "an unknown category has no förvaltning");
    }

    @Test
    void aShortRangeCountsPerIsoWeek() {
        Lagesbild figures = count(filter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null));
        assertEquals("WEEK", figures.period());
        assertEquals("2026-W09", figures.overTime().get(0).key(), "1 March 2026 is a Sunday in week 9");
        assertEquals(1L, counts(figures.overTime()).get("2026-W10"));
        assertEquals(LagesbildFigures.week(LocalDate.of(2027, 1, 1)), "2026-W53");
    }

    @Test
    void theMatrixCountsAReportInEveryCellItNamed() {
        Lagesbild figures = count(filter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null));
        Lagesbild.MatrixRow evening = figures.matrix().stream().filter(row -> row.time() == UnsafeTime.KVALL)
                .findFirst().orElseThrow();
        assertEquals(List.of(0L, 0L, 0L, 0L, 2L, 1L, 0L), evening.days());
        Lagesbild.MatrixRow night = figures.matrix().get(UnsafeTime.NATT.ordinal());
        assertEquals(1L, night.days().get(DayOfWeek.FRIDAY.ordinal()));
        assertEquals(2, figures.matrixMax());
        assertEquals(2, figures.withoutTimes(), "no time, or a time without a weekday");
    }

    @Test
    void theDistrictFilterKeepsOnlyItsReportsInEveryFigure() {
        Lagesbild figures = count(filter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "north"));
        assertEquals(2, figures.total());
        assertEquals(Map.of("belysning", 2L, "klotter", 0L, "otrygg-plats", 0L), counts(figures.byCategory()));
        assertEquals(1, figures.densest().size());
        assertEquals(2, figures.densest().get(0).count());
        assertEquals("Norr", figures.densest().get(0).district());
    }

    @Test
    void filtersRefuseReversedOrMalformedDatesAndUnknownStatuses() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertEquals(LocalDate.of(2025, 11, 27), LagesbildFilter.parse(null, null, null, null, null, null, null, today).from());
        assertEquals("from", assertThrows(ReportRejected.class, () ->
                LagesbildFilter.parse("2026-05-01", "2026-04-01", null, null, null, null, null, today)).field());
        assertEquals("to", assertThrows(ReportRejected.class, () ->
                LagesbildFilter.parse(null, "igår", null, null, null, null, null, today)).field());
        assertEquals("status", assertThrows(ReportRejected.class, () ->
                LagesbildFilter.parse(null, null, null, "KLAR", null, null, null, today)).field());
        assertEquals("from", assertThrows(ReportRejected.class, () ->
                LagesbildFilter.parse("2000-01-01", null, null, null, null, null, null, today)).field());
    }
}
