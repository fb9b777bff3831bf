package se.tryggstad.portal.remiss.requirements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.remiss.event.EventFacts;
import se.tryggstad.portal.remiss.requirements.domain.PublishedRule;
import se.tryggstad.portal.remiss.requirements.infrastructure.RequirementRuleRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Proposes villkor for an event from the current versions of the active requirement rules in the database, and
 * compares two proposals by rule key. A rule edited by an administrator is used from the next call on.
 */
@ApplicationScoped
public class RequirementEngine {

    @Inject
    RequirementRuleRepository repository;

    private final Supplier<List<PublishedRule>> fixedRules;

    public RequirementEngine() {
        this.fixedRules = null;
    }

    /** An engine over these rules instead of the database's (tests, previews). */
    RequirementEngine(Supplier<List<PublishedRule>> rules) {
        this.fixedRules = rules;
    }

    /** Each applying rule's villkor, with its key, version and the fact names that triggered it; in key order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProposedVillkor> propose(EventFacts facts) {
        return propose(facts, rules());
    }

    static List<ProposedVillkor> propose(EventFacts facts, List<PublishedRule> rules) {
        Objects.requireNonNull(facts, "facts");
        List<ProposedVillkor> proposed = new ArrayList<>();
        for (PublishedRule rule : rules) {
            rule.content().applyTo(facts).ifPresent(applied -> proposed.add(new ProposedVillkor(rule.key(),
                    rule.version(), applied.textSv(), applied.textEn(), applied.triggeredBy())));
        }
        return proposed;
    }

    /**
     * How {@code after} differs from {@code before}, by rule key: added, removed, changed (another rule version or
     * another text; the {@code after} villkor is listed) and unchanged.
     */
    public VillkorDifference difference(List<ProposedVillkor> before, List<ProposedVillkor> after) {
        Map<String, ProposedVillkor> earlier = byKey(before);
        Map<String, ProposedVillkor> later = byKey(after);
        List<ProposedVillkor> added = new ArrayList<>();
        List<ProposedVillkor> changed = new ArrayList<>();
        List<ProposedVillkor> unchanged = new ArrayList<>();
        for (ProposedVillkor now : later.values()) {
            ProposedVillkor then = earlier.get(now.ruleKey());
            if (then == null) {
                added.add(now);
            } else if (then.ruleVersion() != now.ruleVersion() || !then.textSv().equals(now.textSv())
                    || !then.textEn().equals(now.textEn())) {
                changed.add(now);
            } else {
                unchanged.add(now);
            }
        }
        List<ProposedVillkor> removed = earlier.values().stream().filter(then -> !later.containsKey(then.ruleKey()))
                .toList();
        return new VillkorDifference(List.copyOf(added), removed, List.copyOf(changed), List.copyOf(unchanged));
    }

    private static Map<String, ProposedVillkor> byKey(List<ProposedVillkor> villkor) {
        Map<String, ProposedVillkor> byKey = new LinkedHashMap<>();
        for (ProposedVillkor one : villkor == null ? List.<ProposedVillkor>of() : villkor) {
            byKey.putIfAbsent(one.ruleKey(), one);
        }
        return byKey;
    }

    private List<PublishedRule> rules() {
        return fixedRules != null ? fixedRules.get() : repository.active().stream().map(PublishedRule::of).toList();
    }
}
