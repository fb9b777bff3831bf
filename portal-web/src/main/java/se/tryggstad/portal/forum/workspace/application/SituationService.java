package se.tryggstad.portal.forum.workspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.domain.ForumArea;
import se.tryggstad.portal.report.application.AreaReportQueries;
import se.tryggstad.portal.report.application.AreaReportQueries.AreaReport;
import se.tryggstad.portal.report.application.LagesbildFilter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The area lägesbild of a platssamverkan: the reports inside the forum's polygon, counted by
 * category, status and week or month, with staff's filters (dates, category, status) but without
 * personal data: category, place, status and date only. Members (and staff) of the forum only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SituationService {

    static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");
    /** The newest reports listed under the figures; the figures count all. */
    static final int LISTED = 100;

    @Inject
    ForumAccess access;

    @Inject
    AreaReportQueries reports;

    @Inject
    Clock clock;

    /**
     * The lägesbild, or empty when the forum has no area. Bad dates or an unknown status are refused at
     * their fields ({@code from}, {@code to}, {@code status}).
     */
    public Optional<Situation> situation(long forumId, String from, String to, String category, String status,
                                         boolean byMonth, String language) {
        ForumSummary forum = access.requireMember(forumId);
        LagesbildFilter filter = LagesbildFilter.parse(from, to, category, status, null, null, List.of(),
                LocalDate.now(clock.withZone(SOLNA)));
        if (forum.area() == null || forum.area().isBlank()) {
            return Optional.empty();
        }
        ForumArea area = ForumArea.parse(forum.area());
        List<AreaReport> found = reports.inArea(area.box(), area::contains, filter, language);
        Function<AreaReport, String> period = byMonth
                ? report -> report.createdAt().atZone(SOLNA).toLocalDate().toString().substring(0, 7)
                : report -> {
                    LocalDate day = report.createdAt().atZone(SOLNA).toLocalDate();
                    return day.get(IsoFields.WEEK_BASED_YEAR) + "-v"
                            + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                };
        List<AreaReport> newestFirst = found.stream()
                .sorted(Comparator.comparing(AreaReport::createdAt).reversed()).limit(LISTED).toList();
        return Optional.of(new Situation(filter.from(), filter.to(), found.size(),
                counts(found, AreaReport::categoryName, true), counts(found, r -> r.status().name(), true),
                counts(found, period, false), newestFirst));
    }

    private static List<Count> counts(List<AreaReport> reports, Function<AreaReport, String> key, boolean byCount) {
        Map<String, Long> counted = reports.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
        Comparator<Count> order = byCount ? Comparator.comparing(Count::count).reversed().thenComparing(Count::label)
                : Comparator.comparing(Count::label);
        return counted.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).sorted(order).toList();
    }

    /** A label and how many reports it has. */
    public record Count(String label, long count) {
    }

    /** The figures for the chosen days (both included), and the newest reports. */
    public record Situation(LocalDate from, LocalDate to, int total, List<Count> byCategory, List<Count> byStatus,
                            List<Count> overTime, List<AreaReport> newest) {
    }
}
