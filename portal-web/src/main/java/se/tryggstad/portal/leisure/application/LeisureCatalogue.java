package se.tryggstad.portal.leisure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.account.application.OrganisationSummary;
import se.tryggstad.portal.leisure.domain.Activity;
import se.tryggstad.portal.leisure.domain.ActivityDetails;
import se.tryggstad.portal.leisure.domain.ActivityRuleBroken;
import se.tryggstad.portal.leisure.infrastructure.ActivityRepository;
import se.tryggstad.portal.leisure.infrastructure.LeisureIndexing;
import se.tryggstad.portal.search.api.IndexingOutbox;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes the fritidsutbud: partners draft, edit and submit their organisation's activities; staff
 * write the city's own, correct, approve and reject. Who may do what is checked here, and search
 * follows every change in the same transaction: only approved activities are in the index.
 */
@ApplicationScoped
@Transactional
public class LeisureCatalogue {

    /** The organiser of the city's own activities. */
    public static final String CITY = "Solna stad";

    @Inject
    ActivityRepository activities;

    @Inject
    OrganisationService organisations;

    @Inject
    IndexingOutbox outbox;

    @Inject
    Clock clock;

    /** The acting person, with the organisation they act for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Actor actor(String username, boolean staff) {
        Optional<OrganisationSummary> organisation = staff ? Optional.empty() : organisations.organisationOf(username);
        return new Actor(username, staff, organisation.map(OrganisationSummary::id).orElse(null),
                organisation.map(OrganisationSummary::name).orElse(null));
    }

    /** Staff publish a city activity at once; a partner's becomes a draft of their organisation. */
    public ActivityView create(Actor actor, ActivityDetails details) {
        Activity activity;
        try {
            if (actor.staff()) {
                activity = Activity.publishedByCity(CITY, details, clock.instant());
            } else if (actor.actsForOrganisation()) {
                activity = Activity.draftBy(actor.organisationId(), actor.organisationName(), details, clock.instant());
            } else {
                throw LeisureRejected.forbidden("leisure.partner.noOrganisation");
            }
        } catch (ActivityRuleBroken broken) {
            throw LeisureRejected.of(broken);
        }
        activities.add(activity);
        follow(activity);
        return ActivityView.of(activity);
    }

    /** Changes what an activity says: staff correct, a partner revises (which sends it back to review). */
    public ActivityView edit(Actor actor, long id, ActivityDetails details) {
        return change(actor, id, activity -> {
            if (actor.staff()) {
                activity.correctByStaff(details, clock.instant());
            } else {
                activity.reviseByOrganiser(details, clock.instant());
            }
        });
    }

    public ActivityView submit(Actor actor, long id) {
        return change(actor, id, activity -> activity.submit(clock.instant()));
    }

    public ActivityView approve(Actor actor, long id) {
        requireStaff(actor);
        return change(actor, id, activity -> activity.approve(clock.instant()));
    }

    public ActivityView reject(Actor actor, long id, String reason) {
        requireStaff(actor);
        return change(actor, id, activity -> activity.reject(reason, clock.instant()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasActivityTitled(String titleSv) {
        return activities.existsWithTitle(titleSv);
    }

    private ActivityView change(Actor actor, long id, Consumer<Activity> change) {
        Activity activity = activities.find(id).filter(found -> mayChange(actor, found))
                .orElseThrow(LeisureRejected::notFound);
        try {
            change.accept(activity);
        } catch (ActivityRuleBroken broken) {
            throw LeisureRejected.of(broken);
        }
        activities.flush();
        follow(activity);
        return ActivityView.of(activity);
    }

    /** Staff may change every activity; a partner only their own organisation's (others look absent). */
    private static boolean mayChange(Actor actor, Activity activity) {
        return actor.staff() || (actor.organisationId() != null && activity.isOrganisedBy(actor.organisationId()));
    }

    private static void requireStaff(Actor actor) {
        if (!actor.staff()) {
            throw LeisureRejected.forbidden("leisure.staffOnly");
        }
    }

    /** The index holds a public activity in its languages, and nothing of any other. */
    private void follow(Activity activity) {
        if (activity.isPublic()) {
            var documents = LeisureIndexing.documentsOf(activity);
            documents.forEach(outbox::upsert);
            if (documents.size() == 1) {
                outbox.delete(LeisureIndexing.uidOf(activity.id(), "en"), activity.version());
            }
        } else {
            outbox.delete(LeisureIndexing.uidOf(activity.id(), "sv"), activity.version());
            outbox.delete(LeisureIndexing.uidOf(activity.id(), "en"), activity.version());
        }
    }
}
