package se.tryggstad.portal.remiss.evacuation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.remiss.event.EventFacts;
import se.tryggstad.portal.remiss.evacuation.domain.AreaChoice;
import se.tryggstad.portal.remiss.evacuation.domain.EvacuationCalculation;
import se.tryggstad.portal.remiss.evacuation.domain.FlowConstants;
import se.tryggstad.portal.remiss.evacuation.infrastructure.EvacuationAreaRepository;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Checks whether the expected peak crowd of an event can leave its area in time; empty when the event's place
 * has no registered evacuation area. The limit is {@code trygg.remiss.evacuation.limit.minutes} (env
 * {@code TRYGG_REMISS_EVACUATION_LIMIT_MINUTES}), by default the Green Guide's 8 minutes ({@link FlowConstants}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvacuationCheck {

    @Inject
    EvacuationAreaRepository areas;

    @Inject
    @ConfigProperty(name = "trygg.remiss.evacuation.limit.minutes", defaultValue = "8")
    double limitMinutes;

    public Optional<EvacuationResult> evaluate(EventFacts facts) {
        return calculate(facts).map(EvacuationCheck::result);
    }

    /** The full calculation for an event (exits, flows, constants), for the remiss page. */
    public Optional<EvacuationCalculation> calculate(EventFacts facts) {
        return AreaChoice.of(areas.all(), facts).map(area -> EvacuationCalculation.of(area,
                Math.max(0, facts.peakVisitors()), facts.alcoholServed(), false, limit()));
    }

    /**
     * The calculation a handler asks for on the evacuation page: a crowd in an area, with or without alcohol, and
     * optionally with the closed (reserve) exits opened. Empty for an unknown area.
     */
    public Optional<EvacuationCalculation> calculate(long areaId, int crowd, boolean alcohol, boolean withClosedExits) {
        return areas.find(areaId).map(area -> EvacuationCalculation.of(area, Math.max(0, crowd), alcohol,
                withClosedExits, limit()));
    }

    public List<AreaSummary> areas() {
        return areas.all().stream().map(AreaSummary::of).toList();
    }

    public Duration limit() {
        return Duration.ofSeconds(Math.round(limitMinutes * 60));
    }

    /** The constants and their sources, with the configured limit. */
    public List<FlowConstants.Constant> constants() {
        return FlowConstants.all(limitMinutes);
    }

    static EvacuationResult result(EvacuationCalculation calculation) {
        return new EvacuationResult(calculation.areaName(), calculation.crowd(), calculation.evacuationTime(),
                calculation.limit(), calculation.margin(), calculation.passes(), calculation.approximate());
    }
}
