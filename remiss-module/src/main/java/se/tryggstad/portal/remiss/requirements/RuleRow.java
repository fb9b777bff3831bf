package se.tryggstad.portal.remiss.requirements;

import se.tryggstad.portal.remiss.requirements.domain.RequirementRule;

/** A rule in the administrators' list: key, current title and version, whether it is active, its lock version. */
public record RuleRow(String key, String title, int currentVersion, boolean active, long lockVersion) {

    static RuleRow of(RequirementRule rule) {
        return new RuleRow(rule.key(), rule.current().content().title(), rule.current().number(), rule.isActive(),
                rule.version());
    }
}
