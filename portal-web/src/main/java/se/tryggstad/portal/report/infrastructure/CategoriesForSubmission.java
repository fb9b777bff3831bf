package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import se.tryggstad.portal.report.domain.ReportCategoriesChanged;
import se.tryggstad.portal.report.domain.ReportCategory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
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

    private record Snapshot(long generation, long loadedAtNanos, Map<String, ReportCategory> byCode) {
    }

    @Inject
    ReportRepository repository;

    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    /** The category with this code, active or not, for reading only; empty if there is none. */
    public Optional<ReportCategory> byCode(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.ofNullable(current().get(code.strip()));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportCategoriesChanged change) {
        generation.incrementAndGet();
    }

    private Map<String, ReportCategory> current() {
        Snapshot held = snapshot;
        long now = System.nanoTime();
        if (held != null && held.generation() == generation.get() && now - held.loadedAtNanos() < MAX_AGE.toNanos()) {
            return held.byCode();
        }
        // the generation is read before the query: a change committed meanwhile makes this copy stale at once
        long loadingGeneration = generation.get();
        Map<String, ReportCategory> byCode = repository.allCategories().stream()
                .collect(Collectors.toUnmodifiableMap(ReportCategory::code, Function.identity()));
        snapshot = new Snapshot(loadingGeneration, now, byCode);
        return byCode;
    }
}
