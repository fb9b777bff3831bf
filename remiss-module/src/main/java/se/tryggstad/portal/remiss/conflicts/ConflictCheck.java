package se.tryggstad.portal.remiss.conflicts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.remiss.conflicts.domain.ArenaEventDay;
import se.tryggstad.portal.remiss.conflicts.domain.ConflictRules;
import se.tryggstad.portal.remiss.conflicts.infrastructure.ArenaEventDayRepository;
import se.tryggstad.portal.remiss.event.EventFacts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Flags other events that overlap in time (build-up to teardown) within {@code trygg.remiss.conflict.distance.metres}
 * (env {@code TRYGG_REMISS_CONFLICT_DISTANCE_METRES}, default 1000), and, for an event in the arena area, every
 * arena event day it touches. The caller supplies the candidates (the remiss workflow queries them) and leaves out
 * the event itself. An arena day's conflict has an {@code other} with remiss id 0, an empty reference and the arena
 * event's name.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConflictCheck {

    @Inject
    ArenaEventDayRepository arenaDays;

    @Inject
    @ConfigProperty(name = "trygg.remiss.conflict.distance.metres", defaultValue = "1000")
    double distanceMetres;

    public List<EventConflict> conflicts(EventFacts event, Collection<ScheduledEvent> others) {
        Map<LocalDate, String> days = !ConflictRules.inArenaArea(event) ? Map.of()
                : ConflictRules.days(event).map(firstAndLast -> arenaDays.between(firstAndLast.get(0), firstAndLast.get(1))
                        .stream().collect(Collectors.toMap(ArenaEventDay::day, ArenaEventDay::name)))
                .orElse(Map.of());
        return ConflictRules.conflicts(event, others, distanceMetres, days);
    }

    public double distanceMetres() {
        return distanceMetres;
    }
}
