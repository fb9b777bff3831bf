package se.tryggstad.portal.report.application;

import se.tryggstad.portal.report.domain.District;
import se.tryggstad.portal.report.domain.DistrictMap;
import se.tryggstad.portal.report.domain.ReportFact;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.report.domain.UnsafeTime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts the lägesbild from report facts that already passed the database filters. The district is
 * computed here (point in polygon, from a configurable file), so the district filter and every count
 * are applied in one pass over the same list: the figures always add up.
 */
final class LagesbildFigures {

    /** Up to this many days, counts over time go per ISO week; longer ranges per month. */
    static final int WEEKS_UP_TO_DAYS = 92;
    static final double CELL_LATITUDE = 0.002;
    static final double CELL_LONGITUDE = 0.004;
    static final int DENSEST = 10;
    static final String NO_DISTRICT = "";

    /** A fact with its district; an empty code when it has no point or lies outside every district. */
    record Placed(ReportFact fact, String district) {
    }

    private LagesbildFigures() {
    }

    static List<Placed> placed(List<ReportFact> facts, DistrictMap districts, String districtFilter) {
        return facts.stream()
                .map(fact -> new Placed(fact, fact.point().flatMap(districts::districtOf).map(District::code)
                        .orElse(NO_DISTRICT)))
                .filter(placed -> districtFilter == null || districtFilter.equals(placed.district()))
                .toList();
    }

    static Lagesbild count(LagesbildFilter filter, List<Placed> reports, List<CategoryView> categories,
                           DistrictMap districts, Map<ReportStatus, String> statusLabels, String noDistrictLabel) {
        Map<String, CategoryView> byCode = categories.stream()
                .collect(Collectors.toMap(CategoryView::code, Function.identity()));
        Map<String, Long> perCategory = tally(reports, placed -> placed.fact().categoryCode());
        List<Lagesbild.Count> byCategory = categories.stream()
                .map(category -> new Lagesbild.Count(category.code(), category.name(),
                        perCategory.getOrDefault(category.code(), 0L))).toList();

        Map<String, Long> perStatus = tally(reports, placed -> placed.fact().status().name());
        List<Lagesbild.Count> byStatus = statusLabels.entrySet().stream()
                .map(status -> new Lagesbild.Count(status.getKey().name(), status.getValue(),
                        perStatus.getOrDefault(status.getKey().name(), 0L))).toList();

        Map<String, Long> perDepartment = tally(reports, placed -> departmentOf(placed.fact(), byCode));
        List<Lagesbild.Count> byDepartment = perDepartment.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(department -> new Lagesbild.Count(department.getKey(), department.getKey(), department.getValue()))
                .toList();

        Map<String, Long> perDistrict = tally(reports, Placed::district);
        List<Lagesbild.Count> byDistrict = new ArrayList<>(districts.districts().stream()
                .map(district -> new Lagesbild.Count(district.code(), district.name(),
                        perDistrict.getOrDefault(district.code(), 0L))).toList());
        if (perDistrict.containsKey(NO_DISTRICT)) {
            byDistrict.add(new Lagesbild.Count(NO_DISTRICT, noDistrictLabel, perDistrict.get(NO_DISTRICT)));
        }

        boolean weekly = ChronoUnit.DAYS.between(filter.from(), filter.to()) < WEEKS_UP_TO_DAYS;
        long withoutTimes = reports.stream().filter(placed -> placed.fact().unsafeTimes().isEmpty()
                || placed.fact().unsafeDays().isEmpty()).count();
        List<Lagesbild.MatrixRow> matrix = matrix(reports);
        long matrixMax = matrix.stream().flatMap(row -> row.days().stream()).mapToLong(Long::longValue).max()
                .orElse(0);
        return new Lagesbild(filter.from().toString(), filter.to().toString(), reports.size(), byCategory, byStatus,
                byDepartment, byDistrict, weekly ? "WEEK" : "MONTH", overTime(filter, reports, weekly), matrix,
                matrixMax, withoutTimes, densest(reports, districts, noDistrictLabel),
                reports.stream().filter(placed -> placed.fact().point().isEmpty()).count(), districts.approximate(),
                districts.note());
    }

    /** The förvaltning the report is with: the assigned one, else its category's (empty when unknown). */
    static String departmentOf(ReportFact fact, Map<String, CategoryView> categoriesByCode) {
        return fact.department(Optional.ofNullable(categoriesByCode.get(fact.categoryCode()))
                .map(CategoryView::department).orElse(""));
    }

    private static Map<String, Long> tally(List<Placed> reports, Function<Placed, String> key) {
        return reports.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
    }

    /** Every period of the range, also those without reports, so the series has no holes. */
    private static List<Lagesbild.Count> overTime(LagesbildFilter filter, List<Placed> reports, boolean weekly) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (weekly) {
            for (LocalDate monday = filter.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                 !monday.isAfter(filter.to()); monday = monday.plusWeeks(1)) {
                counts.put(week(monday), 0L);
            }
        } else {
            for (YearMonth month = YearMonth.from(filter.from()); !month.isAfter(YearMonth.from(filter.to()));
                 month = month.plusMonths(1)) {
                counts.put(month.toString(), 0L);
            }
        }
        for (Placed placed : reports) {
            LocalDate day = placed.fact().createdAt().atZone(LagesbildFilter.SOLNA).toLocalDate();
            counts.merge(weekly ? week(day) : YearMonth.from(day).toString(), 1L, Long::sum);
        }
        return counts.entrySet().stream().map(period -> new Lagesbild.Count(period.getKey(), period.getKey(),
                period.getValue())).toList();
    }

    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static List<Lagesbild.MatrixRow> matrix(List<Placed> reports) {
        List<Lagesbild.MatrixRow> rows = new ArrayList<>();
        for (UnsafeTime time : UnsafeTime.values()) {
            List<Long> days = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                days.add(reports.stream().filter(placed -> placed.fact().unsafeTimes().contains(time)
                        && placed.fact().unsafeDays().contains(day)).count());
            }
            rows.add(new Lagesbild.MatrixRow(time, List.copyOf(days)));
        }
        return rows;
    }

    private record Cell(long row, long column) {
    }

    private static List<Lagesbild.DensePlace> densest(List<Placed> reports, DistrictMap districts,
                                                      String noDistrictLabel) {
        Map<Cell, List<Placed>> cells = reports.stream().filter(placed -> placed.fact().point().isPresent())
                .collect(Collectors.groupingBy(placed -> new Cell(
                        (long) Math.floor(placed.fact().latitude() / CELL_LATITUDE),
                        (long) Math.floor(placed.fact().longitude() / CELL_LONGITUDE))));
        return cells.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Cell, List<Placed>>>comparingInt(cell -> cell.getValue().size()).reversed()
                        .thenComparingLong(cell -> cell.getKey().row()).thenComparingLong(cell -> cell.getKey().column()))
                .limit(DENSEST)
                .map(cell -> {
                    String district = mostCommon(cell.getValue(), Placed::district);
                    return new Lagesbild.DensePlace((cell.getKey().row() + 0.5) * CELL_LATITUDE,
                            (cell.getKey().column() + 0.5) * CELL_LONGITUDE,
                            districts.byCode(district).map(District::name).orElse(noDistrictLabel),
                            mostCommon(cell.getValue(), placed -> placed.fact().place()), cell.getValue().size());
                }).toList();
    }

    private static String mostCommon(List<Placed> reports, Function<Placed, String> key) {
        // most reports first, then the alphabetically first, so the answer never depends on order
        return tally(reports, key).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).findFirst().orElse("");
    }
}
