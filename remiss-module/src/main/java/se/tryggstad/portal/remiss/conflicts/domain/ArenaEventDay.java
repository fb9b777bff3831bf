package se.tryggstad.portal.remiss.conflicts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * A day with an event at the national arena (a match, a concert): the arena operator's calendar, kept by
 * administrators. Arena events are held on the arena's own ground and do not come to the city on remiss, so these
 * days cannot be derived from remisser.
 */
@Entity
@Table(name = "rms_arena_event_day")
@NamedQuery(name = ArenaEventDay.ALL, query = "SELECT d FROM ArenaEventDay d ORDER BY d.day")
@NamedQuery(name = ArenaEventDay.BETWEEN, query = "SELECT d FROM ArenaEventDay d WHERE d.day BETWEEN :first AND :last ORDER BY d.day")
@NamedQuery(name = ArenaEventDay.ON, query = "SELECT d FROM ArenaEventDay d WHERE d.day = :day")
public class ArenaEventDay {

    public static final String ALL = "ArenaEventDay.all";
    public static final String BETWEEN = "ArenaEventDay.between";
    public static final String ON = "ArenaEventDay.on";
    public static final int NAME_MAX = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "event_day", nullable = false, unique = true)
    private LocalDate day;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    protected ArenaEventDay() {
    }

    public ArenaEventDay(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public String name() {
        return name;
    }
}
