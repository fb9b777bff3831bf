package se.tryggstad.portal.report.application;

import se.tryggstad.portal.report.domain.UnsafeTime;

import java.util.List;

/**
 * The figures of the lägesbild for one filter. Every count counts reports; a report counts once per
 * list, except in the matrix, where it counts once in every (time, weekday) cell its reporter named.
 *
 * @param period          {@code WEEK} or {@code MONTH}: how {@code overTime} is bucketed
 * @param withoutTimes    reports whose reporter named no time of day or no weekday (not in the matrix)
 * @param withoutPosition reports without coordinates (no district, not on the map)
 */
public record Lagesbild(String from, String to, long total, List<Count> byCategory, List<Count> byStatus,
                        List<Count> byDepartment, List<Count> byDistrict, String period, List<Count> overTime,
                        List<MatrixRow> matrix, long matrixMax, long withoutTimes, List<DensePlace> densest,
                        long withoutPosition, boolean approximateDistricts, String districtNote) {

    /** A key (code, status, period …), its label in the asked language, and how many reports. */
    public record Count(String key, String label, long count) {
    }

    /** One time of day across the weekdays, Monday first. */
    public record MatrixRow(UnsafeTime time, List<Long> days) {
    }

    /** A grid cell of about 200 × 200 m with its reports, its most named place and its district. */
    public record DensePlace(double latitude, double longitude, String district, String place, long count) {
    }
}
