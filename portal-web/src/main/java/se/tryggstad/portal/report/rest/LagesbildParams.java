package se.tryggstad.portal.report.rest;

import jakarta.ws.rs.QueryParam;
import se.tryggstad.portal.report.application.LagesbildFilter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The lägesbild's filters in a URL: {@code from}, {@code to} (yyyy-mm-dd, both included; default the
 * last twelve months), {@code category}, {@code status}, {@code department} (förvaltning),
 * {@code district} and repeatable {@code reference}.
 */
public class LagesbildParams {

    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("category")
    String category;
    @QueryParam("status")
    String status;
    @QueryParam("department")
    String department;
    @QueryParam("district")
    String district;
    @QueryParam("reference")
    List<String> references;

    LagesbildFilter filter(Clock clock) {
        return LagesbildFilter.parse(from, to, category, status, department, district, references,
                LocalDate.now(clock.withZone(LagesbildFilter.SOLNA)));
    }
}
