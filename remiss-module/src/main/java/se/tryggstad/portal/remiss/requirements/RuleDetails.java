package se.tryggstad.portal.remiss.requirements;

import java.util.List;

/** A rule with every version, newest last. */
public record RuleDetails(RuleRow rule, List<RuleVersionView> versions) {

    public RuleDetails {
        versions = List.copyOf(versions);
    }

    public RuleVersionView current() {
        return versions.get(versions.size() - 1);
    }
}
