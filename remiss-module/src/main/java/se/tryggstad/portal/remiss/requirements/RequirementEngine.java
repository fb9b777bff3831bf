package se.tryggstad.portal.remiss.requirements;

import jakarta.enterprise.context.ApplicationScoped;
import se.tryggstad.portal.remiss.event.EventFacts;

import java.util.List;

/**
 * Proposes villkor for an event from the current versions of the requirement rules in the database.
 */
@ApplicationScoped
public class RequirementEngine {

    public List<ProposedVillkor> propose(EventFacts facts) {
        return List.of();
    }

    public VillkorDifference difference(List<ProposedVillkor> before, List<ProposedVillkor> after) {
        return new VillkorDifference(List.of(), List.of(), List.of(), List.copyOf(after));
    }
}
