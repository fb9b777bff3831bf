package se.tryggstad.portal.remiss.requirements.domain;

/** The current version of an active rule, as the engine reads it. */
public record PublishedRule(String key, int version, RuleContent content) {

    public static PublishedRule of(RequirementRule rule) {
        return new PublishedRule(rule.key(), rule.current().number(), rule.current().content());
    }
}
