package se.tryggstad.portal.remiss.conflicts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.remiss.conflicts.domain.ArenaEventDay;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ArenaEventDayRepository {

    @PersistenceContext(unitName = "remiss")
    EntityManager em;

    public void add(ArenaEventDay day) {
        em.persist(day);
        em.flush();
    }

    public void remove(ArenaEventDay day) {
        em.remove(day);
        em.flush();
    }

    public List<ArenaEventDay> all() {
        return em.createNamedQuery(ArenaEventDay.ALL, ArenaEventDay.class).getResultList();
    }

    public List<ArenaEventDay> between(LocalDate first, LocalDate last) {
        return em.createNamedQuery(ArenaEventDay.BETWEEN, ArenaEventDay.class).setParameter("first", first)
                .setParameter("last", last).getResultList();
    }

    public Optional<ArenaEventDay> on(LocalDate day) {
        return em.createNamedQuery(ArenaEventDay.ON, ArenaEventDay.class).setParameter("day", day).getResultStream()
                .findFirst();
    }

    public Optional<ArenaEventDay> find(long id) {
        return Optional.ofNullable(em.find(ArenaEventDay.class, id));
    }
}
