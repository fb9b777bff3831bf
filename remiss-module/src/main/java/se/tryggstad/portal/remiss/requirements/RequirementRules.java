package se.tryggstad.portal.remiss.requirements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.remiss.requirements.domain.RequirementRule;
import se.tryggstad.portal.remiss.requirements.domain.RuleContent;
import se.tryggstad.portal.remiss.requirements.domain.RuleInput;
import se.tryggstad.portal.remiss.requirements.domain.RuleViolation;
import se.tryggstad.portal.remiss.requirements.infrastructure.RequirementRuleRepository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Administrators keep the requirement rules: list, read every version, add a rule, save an edit as the next
 * version, deactivate and activate. A refused change saves nothing; the engine sees a saved one at once.
 */
@ApplicationScoped
@Transactional(rollbackOn = RuleRejected.class)
public class RequirementRules {

    private final Clock clock = Clock.systemUTC();

    @Inject
    RequirementRuleRepository rules;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleRow> all() {
        return rules.all().stream().map(RuleRow::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleDetails> rule(String key) {
        return rules.byKey(key == null ? "" : key).map(RequirementRules::details);
    }

    /** One version of a rule, e.g. the one a remiss's villkor names. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleVersionView> version(String key, int number) {
        return rules.byKey(key == null ? "" : key)
                .flatMap(rule -> rule.versionNumber(number).map(version -> RuleVersionView.of(rule.key(), version)));
    }

    /** Adds an active rule with its first version. */
    public RuleDetails create(String key, RuleInput input, String author) {
        RequirementRule rule = checked(() -> {
            String checkedKey = RequirementRule.checkedKey(key);
            RuleContent content = RuleContent.of(input);
            return RequirementRule.create(checkedKey, content, author, now());
        });
        if (rules.byKey(rule.key()).isPresent()) {
            throw new RuleRejected(RuleRejected.Reason.INVALID, "key", "remissregel.error.key.taken");
        }
        rules.add(rule);
        return details(rule);
    }

    /** Saves an edit as the next version, unless someone changed the rule since {@code expectedVersion} was read. */
    public RuleDetails revise(String key, long expectedVersion, RuleInput input, String author) {
        RuleContent content = checked(() -> RuleContent.of(input));
        return change(key, expectedVersion, rule -> rule.revise(content, author, now()));
    }

    public RuleDetails deactivate(String key, long expectedVersion) {
        return change(key, expectedVersion, RequirementRule::deactivate);
    }

    public RuleDetails activate(String key, long expectedVersion) {
        return change(key, expectedVersion, RequirementRule::activate);
    }

    private RuleDetails change(String key, long expectedVersion, Consumer<RequirementRule> change) {
        RequirementRule rule = rules.byKey(key == null ? "" : key)
                .orElseThrow(() -> new RuleRejected(RuleRejected.Reason.NOT_FOUND, "key", "remissregel.error.notFound"));
        if (rule.version() != expectedVersion) {
            throw conflict();
        }
        change.accept(rule);
        try {
            rules.flushChanged(rule);
        } catch (OptimisticLockException raced) {
            throw conflict();
        }
        return details(rule);
    }

    private static RuleDetails details(RequirementRule rule) {
        return new RuleDetails(RuleRow.of(rule),
                rule.versions().stream().map(version -> RuleVersionView.of(rule.key(), version)).toList());
    }

    private static RuleRejected conflict() {
        return new RuleRejected(RuleRejected.Reason.CONFLICT, "", "remissregel.error.conflict");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static <T> T checked(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (RuleViolation violation) {
            throw new RuleRejected(RuleRejected.Reason.INVALID, violation.problems());
        }
    }
}
