package se.tryggstad.portal.leisure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.leisure.domain.Activity;
import se.tryggstad.portal.leisure.domain.ActivityFilter;
import se.tryggstad.portal.leisure.domain.ActivityStatus;
import se.tryggstad.portal.leisure.domain.Occurrence;
import se.tryggstad.portal.leisure.infrastructure.ActivityCalendar;
import se.tryggstad.portal.leisure.infrastructure.ActivityRepository;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The read side of the fritidsutbud: public lists, the calendar, iCal, and the partners' and staff's lists. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LeisureQueries {

    /** How far ahead the calendar view looks. */
    public static final int CALENDAR_DAYS = 28;

    @Inject
    ActivityRepository activities;

    @Inject
    Clock clock;

    /** Approved activities that match and still take place, by title. */
    public List<ActivityView> publicActivities(ActivityFilter filter) {
        return publicMatching(filter).stream().map(ActivityView::of).toList();
    }

    public Optional<ActivityView> publicActivity(long id) {
        return activities.find(id).filter(Activity::isPublic).map(ActivityView::of);
    }

    /** An activity the actor may see and edit: any for staff, their organisation's for a partner. */
    public Optional<ActivityView> forEditing(Actor actor, long id) {
        return activities.find(id)
                .filter(activity -> actor.staff()
                        || (actor.organisationId() != null && activity.isOrganisedBy(actor.organisationId())))
                .map(ActivityView::of);
    }

    /** A partner's organisation's activities, newest change first; for staff the city's own. */
    public List<ActivityView> ofActor(Actor actor) {
        if (actor.staff()) {
            return activities.ofCity().stream().map(ActivityView::of).toList();
        }
        return actor.organisationId() == null ? List.of()
                : activities.ofOrganisation(actor.organisationId()).stream().map(ActivityView::of).toList();
    }

    /** Submitted activities waiting for staff, oldest first. */
    public List<ActivityView> awaitingReview() {
        return activities.withStatus(ActivityStatus.SUBMITTED).stream()
                .sorted(Comparator.comparing(Activity::updatedAt)).map(ActivityView::of).toList();
    }

    /** The coming {@link #CALENDAR_DAYS} days, each with the matching public activities of the day. */
    public List<CalendarDay> calendar(ActivityFilter filter) {
        LocalDate today = today();
        LocalDate last = today.plusDays(CALENDAR_DAYS - 1L);
        Map<LocalDate, List<CalendarDay.Entry>> byDay = new TreeMap<>();
        for (Activity activity : publicMatching(filter)) {
            ActivityView view = ActivityView.of(activity);
            for (Occurrence occurrence : activity.schedule().occurrencesBetween(today, last)) {
                if (filter.weekday() == null || occurrence.date().getDayOfWeek() == filter.weekday()) {
                    byDay.computeIfAbsent(occurrence.date(), day -> new ArrayList<>())
                            .add(new CalendarDay.Entry(view, occurrence));
                }
            }
        }
        return byDay.entrySet().stream()
                .map(day -> new CalendarDay(day.getKey(), day.getValue().stream()
                        .sorted(Comparator.comparing((CalendarDay.Entry e) -> e.occurrence().start())).toList()))
                .toList();
    }

    /** One public activity as an iCalendar document. */
    public Optional<String> icalendar(long id, URI baseUri, String language) {
        return activities.find(id).filter(Activity::isPublic)
                .map(activity -> ActivityCalendar.of(List.of(entryOf(activity)), clock.instant(), baseUri, language));
    }

    /** The matching public activities as one iCalendar document. */
    public String icalendar(ActivityFilter filter, URI baseUri, String language) {
        return ActivityCalendar.of(publicMatching(filter).stream().map(LeisureQueries::entryOf).toList(),
                clock.instant(), baseUri, language);
    }

    private List<Activity> publicMatching(ActivityFilter filter) {
        LocalDate today = today();
        return activities.withStatus(ActivityStatus.APPROVED).stream()
                .filter(activity -> activity.schedule().continuesAfter(today))
                .filter(activity -> filter.matches(activity.details()))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ActivityCalendar.SOLNA_TIME));
    }

    private static ActivityCalendar.Entry entryOf(Activity activity) {
        return new ActivityCalendar.Entry(activity.id(), activity.organiserName(), activity.details(),
                activity.updatedAt());
    }
}
