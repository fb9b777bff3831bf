package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import se.tryggstad.portal.report.domain.ReportCategoriesChanged;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.shared.infrastructure.CachedCopy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report categories, kept in memory for new reports: every submission needs its category, and
 * finding it through the entity manager registered a copy of it in each transaction, which the commit
 * then compared field by field (ADR 0014). The categories here are read-only: a new report only reads
 * its category's code, state and names. The copy is dropped when a transaction that added or edited a
 * category commits, and at the latest after {@link #MAX_AGE} (another node, or a change made in the
 * database directly).
 */
@ApplicationScoped
public class CategoriesForSubmission {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Inject
    ReportRepository repository;

    private final CachedCopy<Map<String, ReportCategory>> categories = new CachedCopy<>(this::load, MAX_AGE);

    /** The category with this code, active or not, for reading only; empty if there is none. */
    public Optional<ReportCategory> byCode(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.ofNullable(categories.get().get(code.strip()));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportCategoriesChanged change) {
        categories.invalidate();
    }

    private Map<String, ReportCategory> load() {
        return repository.allCategories().stream()
                .collect(Collectors.toUnmodifiableMap(ReportCategory::code, Function.identity()));
    }
}
