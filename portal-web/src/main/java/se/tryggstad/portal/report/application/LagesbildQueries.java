package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.report.domain.District;
import se.tryggstad.portal.report.domain.DistrictMap;
import se.tryggstad.portal.report.domain.ReportFact;
import se.tryggstad.portal.report.domain.ReportStatus;
import se.tryggstad.portal.report.infrastructure.Districts;
import se.tryggstad.portal.report.infrastructure.ReportFacts;
import se.tryggstad.portal.report.infrastructure.ReportRepository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lägesbild for staff: figures and exports of the reports a filter selects. Category, status,
 * förvaltning and dates are filtered in the database; the district (from the districts file) here.
 * A report's förvaltning is the one staff assigned it to, else the one its category goes to.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LagesbildQueries {

    /** A district to choose in a filter. */
    public record DistrictChoice(String code, String name) {
    }

    @Inject
    ReportFacts facts;

    @Inject
    ReportRepository repository;

    @Inject
    Districts districts;

    public Lagesbild lagesbild(LagesbildFilter filter, String language, Map<ReportStatus, String> statusLabels,
                               String noDistrictLabel) {
        List<CategoryView> categories = categories(language);
        return LagesbildFigures.count(filter, placed(filter, categories), categories, districts.map(),
                statusLabels, noDistrictLabel);
    }

    /** Status labels that are the status names, for API clients. */
    public static Map<ReportStatus, String> statusNames() {
        Map<ReportStatus, String> names = new LinkedHashMap<>();
        for (ReportStatus status : ReportStatus.values()) {
            names.put(status, status.name());
        }
        return names;
    }

    /** The filtered reports as exports show them, oldest first. */
    public List<ExportRow> export(LagesbildFilter filter, String language) {
        List<CategoryView> categories = categories(language);
        Map<String, CategoryView> byCode = categories.stream()
                .collect(Collectors.toMap(CategoryView::code, Function.identity()));
        DistrictMap map = districts.map();
        return placed(filter, categories).stream().map(placed -> {
            ReportFact fact = placed.fact();
            Optional<CategoryView> category = Optional.ofNullable(byCode.get(fact.categoryCode()));
            return new ExportRow(fact.reference(), fact.categoryCode(),
                    category.map(CategoryView::name).orElse(fact.categoryCode()), fact.status().name(),
                    LagesbildFigures.departmentOf(fact, byCode), placed.district(),
                    map.byCode(placed.district()).map(District::name).orElse(""), fact.createdAt(), fact.place(),
                    fact.latitude(), fact.longitude(), fact.supporters());
        }).toList();
    }

    public List<DistrictChoice> districts() {
        return districts.map().districts().stream().map(d -> new DistrictChoice(d.code(), d.name())).toList();
    }

    /** The förvaltningar that receive some category or were assigned some report, in name order. */
    public List<String> departments() {
        return repository.departments();
    }

    public List<CategoryView> categories(String language) {
        return repository.allCategories().stream().map(category -> CategoryView.of(category, language)).toList();
    }

    private List<LagesbildFigures.Placed> placed(LagesbildFilter filter, List<CategoryView> categories) {
        List<String> categoryCodes = categories.stream()
                .filter(category -> filter.category() == null || category.code().equals(filter.category()))
                .map(CategoryView::code).toList();
        if (categoryCodes.isEmpty()) {
            return List.of();
        }
        boolean everyCategory = categoryCodes.size() == categories.size();
        // the förvaltning is filtered in the database: an assignment can move a report away from its category's
        List<ReportFact> matching = facts.matching(everyCategory ? List.of() : categoryCodes, filter.department(),
                filter.status(), filter.start(), filter.end(), filter.references());
        return LagesbildFigures.placed(matching, districts.map(), filter.district());
    }
}
