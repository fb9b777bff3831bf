package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.report.domain.AnswerTemplate;
import se.tryggstad.portal.report.domain.ReportCategoriesChanged;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.report.infrastructure.ReportRepository;

import java.time.Clock;

/**
 * Administrators edit the categories (and the förvaltning each belongs to); staff and admins edit
 * the answer templates. One transaction per method; a stale version is a conflict; the entity
 * keeps who changed it last and when.
 */
@ApplicationScoped
@Transactional
public class ReportAdministration {

    @Inject
    ReportRepository repository;

    @Inject
    Clock clock;

    @Inject
    Event<ReportCategoriesChanged> categoriesChanged;

    /** The form's fields; descriptions are optional (they default to the names). */
    public record CategoryInput(String nameSv, String nameEn, String descriptionSv, String descriptionEn,
                                String department, boolean active) {
    }

    public AdminCategory createCategory(String code, CategoryInput input, String admin) {
        if (code != null && repository.category(code).isPresent()) {
            throw ReportRejected.invalid("code", "report.category.code.taken");
        }
        ReportCategory category = ReportCategory.create(code, input.nameSv(), input.nameEn(), input.descriptionSv(),
                input.descriptionEn(), input.department(), input.active(), repository.nextCategorySortOrder(), admin,
                clock.instant());
        repository.add(category);
        categoriesChanged.fire(new ReportCategoriesChanged());
        return AdminCategory.of(category);
    }

    public AdminCategory editCategory(String code, Long expectedVersion, CategoryInput input, String admin) {
        ReportCategory category = repository.lockCategory(code).orElseThrow(ReportRejected::notFound);
        if (expectedVersion != null && expectedVersion != category.version()) {
            throw new ReportRejected(ReportRejected.Reason.CONFLICT, null, "report.staff.changedMeanwhile");
        }
        category.edit(input.nameSv(), input.nameEn(), input.descriptionSv(), input.descriptionEn(), input.department(),
                input.active(), admin, clock.instant());
        repository.flush();
        categoriesChanged.fire(new ReportCategoriesChanged());
        return AdminCategory.of(category);
    }

    public TemplateView createTemplate(String title, String textSv, String textEn, String staffUser) {
        AnswerTemplate template = AnswerTemplate.write(title, textSv, textEn, staffUser, clock.instant());
        repository.add(template);
        return TemplateView.of(template);
    }

    public TemplateView editTemplate(long id, Long expectedVersion, String title, String textSv, String textEn,
                                     String staffUser) {
        AnswerTemplate template = repository.template(id).orElseThrow(ReportRejected::notFound);
        if (expectedVersion != null && expectedVersion != template.version()) {
            throw new ReportRejected(ReportRejected.Reason.CONFLICT, null, "report.staff.changedMeanwhile");
        }
        template.edit(title, textSv, textEn, staffUser, clock.instant());
        repository.flush();
        return TemplateView.of(template);
    }

    public void deleteTemplate(long id) {
        repository.remove(repository.template(id).orElseThrow(ReportRejected::notFound));
    }
}
