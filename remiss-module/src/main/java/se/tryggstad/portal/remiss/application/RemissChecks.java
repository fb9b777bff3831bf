package se.tryggstad.portal.remiss.application;

import se.tryggstad.portal.remiss.evacuation.EvacuationResult;
import se.tryggstad.portal.remiss.requirements.ProposedVillkor;
import se.tryggstad.portal.remiss.requirements.VillkorDifference;

import java.util.List;

/**
 * What the checks say about a remiss now: the proposed villkor, how they differ from the rule villkor on the
 * remiss, the evacuation result (null when its place has no evacuation area) and the conflicting remisser.
 */
public record RemissChecks(List<ProposedVillkor> proposals, VillkorDifference difference, EvacuationResult evacuation,
                           List<ConflictLine> conflicts) {
}
