package se.tryggstad.portal.remiss.requirements;

import java.util.List;

/**
 * A condition the requirement rules propose for an event: which rule (key and version) proposed it, its text
 * in Swedish and English, and the {@code EventFacts} fields that triggered it.
 */
public record ProposedVillkor(String ruleKey, int ruleVersion, String textSv, String textEn, List<String> triggeredBy) {

    public ProposedVillkor {
        triggeredBy = List.copyOf(triggeredBy);
    }
}
