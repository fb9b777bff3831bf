package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.account.application.AccountQueries;
import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.report.domain.ReportFilter;
import se.tryggstad.portal.report.domain.Secrets;
import se.tryggstad.portal.report.infrastructure.ReportRepository;
import se.tryggstad.portal.report.infrastructure.ReportRepository.StaffScope;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The read side of staff handling and administration: the staff list (with unpublished reports,
 * by förvaltning or person), a report's handling, the förvaltningar and staff to assign to,
 * categories for admins, answer templates, and where a merged report went.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportHandlingQueries {

    @Inject
    ReportRepository repository;

    @Inject
    AccountQueries accounts;

    /** Staff's list: every report, published or not, of the förvaltning and person when given. */
    public ReportPage listForStaff(ReportFilter filter, String department, String assignee, String language) {
        StaffScope scope = new StaffScope(blankToNull(department), blankToNull(assignee));
        Map<String, CategoryView> categories = categories(language);
        List<PublicReport> rows = repository.matching(filter, scope).stream()
                .map(report -> PublicReport.of(report, categories.get(report.categoryCode()))
                        .withDepartment(report.assignedDepartment().orElse(null))).toList();
        return new ReportPage(rows, repository.count(filter, scope));
    }

    public Optional<StaffHandling> handling(long reportId) {
        return repository.find(reportId).map(this::handlingOf);
    }

    private StaffHandling handlingOf(Report report) {
        String department = report.assignedDepartment().orElseGet(() -> repository.category(report.categoryCode())
                .map(ReportCategory::department).orElse(null));
        return new StaffHandling(report.id(), report.version(), report.reference(), department,
                report.assignee().orElse(null), report.isPublished(), report.duplicateOf().orElse(null),
                repository.duplicatesOf(report.reference()).stream().map(Report::reference).toList(),
                report.description(), report.contactLanguage(),
                report.events().stream().map(event -> new StaffHandling.LogEntry(event.kind().name(), event.detail(),
                        event.actor(), event.createdAt())).toList());
    }

    public List<String> departments() {
        return repository.departments();
    }

    /** Active staff accounts, by username. */
    public List<StaffPerson> staffPeople() {
        return accounts.all().stream().filter(ReportHandling::isActiveStaff)
                .map(account -> new StaffPerson(account.username(), account.displayName())).toList();
    }

    /** Every category, active or not, for administrators. */
    public List<AdminCategory> adminCategories() {
        return repository.allCategories().stream().map(AdminCategory::of).toList();
    }

    public Optional<AdminCategory> adminCategory(String code) {
        return repository.category(code).map(AdminCategory::of);
    }

    public List<TemplateView> templates() {
        return repository.templates().stream().map(TemplateView::of).toList();
    }

    public Optional<TemplateView> template(long id) {
        return repository.template(id).map(TemplateView::of);
    }

    /**
     * For the holder of a merged report's tracking link: the report it was merged into, with its
     * public history, so the link keeps following the case.
     */
    public Optional<TrackedReport> mergedInto(String token, String language) {
        if (!Secrets.looksLikeSecret(token)) {
            return Optional.empty();
        }
        return repository.findByTokenHash(Secrets.hashOf(token)).flatMap(Report::duplicateOf)
                .flatMap(repository::findByReference)
                .map(original -> new TrackedReport(PublicReport.of(original,
                        categories(language).get(original.categoryCode())).withoutTextUnless(original.isPublished()),
                        original.history().stream().map(HistoryEntry::forPublic).toList()));
    }

    private Map<String, CategoryView> categories(String language) {
        return repository.allCategories().stream().map(category -> CategoryView.of(category, language))
                .collect(Collectors.toMap(CategoryView::code, Function.identity()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
