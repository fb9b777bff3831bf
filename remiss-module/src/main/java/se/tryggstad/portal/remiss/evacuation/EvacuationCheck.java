package se.tryggstad.portal.remiss.evacuation;

import jakarta.enterprise.context.ApplicationScoped;
import se.tryggstad.portal.remiss.event.EventFacts;

import java.util.Optional;

/**
 * Checks whether the expected peak crowd of an event can leave its area in time; empty when the event's place
 * has no registered evacuation area.
 */
@ApplicationScoped
public class EvacuationCheck {

    public Optional<EvacuationResult> evaluate(EventFacts facts) {
        return Optional.empty();
    }
}
