package se.tryggstad.portal.remiss.conflicts;

import se.tryggstad.portal.remiss.event.EventFacts;

/** Another event on remiss, as the conflict check sees it: its reference (diarienummer), name and facts. */
public record ScheduledEvent(long remissId, String reference, String name, EventFacts facts) {
}
