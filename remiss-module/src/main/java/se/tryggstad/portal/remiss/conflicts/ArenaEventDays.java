package se.tryggstad.portal.remiss.conflicts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.remiss.conflicts.domain.ArenaEventDay;
import se.tryggstad.portal.remiss.conflicts.infrastructure.ArenaEventDayRepository;

import java.time.LocalDate;
import java.util.List;

/** Administrators keep the arena's event days (one event per day), which the conflict check reads. */
@ApplicationScoped
@Transactional(rollbackOn = ArenaDayRejected.class)
public class ArenaEventDays {

    @Inject
    ArenaEventDayRepository days;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArenaDayView> all() {
        return days.all().stream().map(ArenaEventDays::view).toList();
    }

    public ArenaDayView add(LocalDate day, String name) {
        if (day == null) {
            throw new ArenaDayRejected(ArenaDayRejected.Reason.INVALID, "day", "remissregel.arenaDay.error.day");
        }
        if (name == null || name.isBlank() || name.strip().length() > ArenaEventDay.NAME_MAX) {
            throw new ArenaDayRejected(ArenaDayRejected.Reason.INVALID, "name", "remissregel.arenaDay.error.name");
        }
        if (days.on(day).isPresent()) {
            throw new ArenaDayRejected(ArenaDayRejected.Reason.CONFLICT, "day", "remissregel.arenaDay.error.taken");
        }
        ArenaEventDay added = new ArenaEventDay(day, name.strip());
        days.add(added);
        return view(added);
    }

    public void remove(long id) {
        days.remove(days.find(id).orElseThrow(() -> new ArenaDayRejected(ArenaDayRejected.Reason.NOT_FOUND, "id",
                "remissregel.arenaDay.error.notFound")));
    }

    private static ArenaDayView view(ArenaEventDay day) {
        return new ArenaDayView(day.id(), day.day(), day.name());
    }
}
