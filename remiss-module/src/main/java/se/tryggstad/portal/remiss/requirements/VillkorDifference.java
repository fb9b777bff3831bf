package se.tryggstad.portal.remiss.requirements;

import java.util.List;

/** How the proposed villkor change when an application changes: compared by rule key. */
public record VillkorDifference(List<ProposedVillkor> added, List<ProposedVillkor> removed,
                                List<ProposedVillkor> changed, List<ProposedVillkor> unchanged) {

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
