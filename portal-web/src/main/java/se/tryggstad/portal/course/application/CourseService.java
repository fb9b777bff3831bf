package se.tryggstad.portal.course.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.course.domain.Admission;
import se.tryggstad.portal.course.domain.CourseDetails;
import se.tryggstad.portal.course.domain.CourseGroup;
import se.tryggstad.portal.course.domain.CourseMail;
import se.tryggstad.portal.course.domain.CourseRejected;
import se.tryggstad.portal.course.domain.Enrolment;
import se.tryggstad.portal.course.domain.EnrolmentStatus;
import se.tryggstad.portal.course.infrastructure.CourseIndexing;
import se.tryggstad.portal.course.infrastructure.CourseRepository;
import se.tryggstad.portal.search.api.IndexingOutbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;

/**
 * Course groups and sign-ups; each method is one transaction. Whatever changes a group's seats
 * locks the group's row first, so concurrent sign-ups and cancellations to one group take turns.
 */
@ApplicationScoped
@Transactional
public class CourseService {

    /** Course times are Solna's local time. */
    public static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CourseRepository repository;

    @Inject
    IndexingOutbox outbox;

    @Inject
    Event<CourseMail> mails;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trygg.course.purge-after-days", defaultValue = "30")
    int purgeAfterDays;

    /** A new group; shown to parents at once when {@code publish} is set. */
    public CourseGroupView plan(CourseDetails details, boolean publish) {
        CourseGroup group = CourseGroup.plan(details, clock.instant());
        if (publish) {
            group.publish(clock.instant());
        }
        repository.add(group);
        reindex(group);
        return CourseGroupView.of(group, "sv");
    }

    /** New details and whether parents see the group; more seats go to the first on the waitlist. */
    public CourseGroupView describe(long groupId, CourseDetails details, boolean publish) {
        CourseGroup group = lockedGroup(groupId);
        group.describe(details, clock.instant());
        if (publish) {
            group.publish(clock.instant());
        } else {
            group.withdraw(clock.instant());
        }
        fillFreeSeats(group);
        reindex(group);
        return CourseGroupView.of(group, "sv");
    }

    public CourseGroupView publish(long groupId) {
        CourseGroup group = lockedGroup(groupId);
        group.publish(clock.instant());
        reindex(group);
        return CourseGroupView.of(group, "sv");
    }

    public CourseGroupView withdraw(long groupId) {
        CourseGroup group = lockedGroup(groupId);
        group.withdraw(clock.instant());
        reindex(group);
        return CourseGroupView.of(group, "sv");
    }

    /**
     * Signs a parent up to a published group that has not started: a seat while there is one,
     * otherwise the next place on the waitlist. One active sign-up per e-mail address and group.
     */
    public SignUpResult signUp(long groupId, SignUp request) {
        Enrolment.Contact contact = new Enrolment.Contact(request.parentName(), request.email(), request.phone(),
                request.language(), request.consent());
        CourseGroup group = repository.lockGroup(groupId).filter(CourseGroup::isPublished)
                .orElseThrow(() -> new CourseRejected(CourseRejected.Reason.NOT_FOUND, "group", "course.notFound"));
        if (!group.firstSession().isAfter(LocalDateTime.ofInstant(clock.instant(), SOLNA))) {
            throw new CourseRejected(CourseRejected.Reason.CONFLICT, "group", "course.started");
        }
        if (contact.email() != null && repository.hasActiveEnrolment(groupId, contact.email())) {
            throw new CourseRejected(CourseRejected.Reason.CONFLICT, "email", "course.email.duplicate");
        }
        Admission admission = group.admit();
        Enrolment enrolment = Enrolment.of(group, admission, contact, newToken(), clock.instant());
        repository.add(enrolment);
        CourseMail.Kind kind = admission.status() == EnrolmentStatus.BOOKED
                ? CourseMail.Kind.BOOKED : CourseMail.Kind.WAITLISTED;
        if (enrolment.email() != null) {
            mails.fire(CourseMail.about(kind, enrolment, group, admission.position()));
        }
        return new SignUpResult(enrolment.id(), groupId, admission.status(), admission.position());
    }

    /** The parent cancels with the secret from their mail; a freed seat goes to the first waiting. */
    public void cancelByToken(String token) {
        Enrolment enrolment = (token == null || token.isBlank() ? null
                : repository.findByToken(token.strip()).orElse(null));
        if (enrolment == null) {
            throw new CourseRejected(CourseRejected.Reason.NOT_FOUND, "token", "course.cancel.unknown");
        }
        cancel(enrolment);
    }

    /** Staff cancel a participant of the group; a freed seat goes to the first waiting. */
    public void cancelByStaff(long groupId, long enrolmentId) {
        Enrolment enrolment = repository.findEnrolment(enrolmentId).filter(found -> found.groupId() == groupId)
                .orElseThrow(() -> new CourseRejected(CourseRejected.Reason.NOT_FOUND, "enrolment",
                        "course.participant.notFound"));
        cancel(enrolment);
    }

    private void cancel(Enrolment enrolment) {
        CourseGroup group = lockedGroup(enrolment.groupId());
        repository.lockEnrolment(enrolment);
        if (!enrolment.isActive()) {
            throw new CourseRejected(CourseRejected.Reason.CONFLICT, "enrolment", "course.cancel.already");
        }
        group.release(enrolment.cancel());
        fillFreeSeats(group);
    }

    private void fillFreeSeats(CourseGroup group) {
        while (group.hasFreeSeat() && group.hasWaitlist()) {
            Enrolment first = repository.firstWaiting(group.id())
                    .orElseThrow(() -> new IllegalStateException("group " + group.id() + " counts a waitlist it lacks"));
            first.promote();
            group.promoteFromWaitlist();
            if (first.email() != null) {
                mails.fire(CourseMail.about(CourseMail.Kind.PROMOTED, first, group, 0));
            }
        }
    }

    /**
     * Forgets the parents of every group whose last session was more than the configured number of
     * days before {@code now}; the groups' numbers remain. Answers how many groups were purged.
     */
    public int purgeEndedCourses(Instant now) {
        LocalDate cutoff = LocalDate.ofInstant(now, SOLNA).minusDays(purgeAfterDays);
        int purged = 0;
        for (CourseGroup candidate : repository.notPurgedStartedBefore(cutoff.atStartOfDay())) {
            if (candidate.lastSessionDay().isBefore(cutoff)) {
                CourseGroup group = lockedGroup(candidate.id());
                repository.allEnrolments(group.id()).forEach(Enrolment::purgePersonalData);
                group.participantsPurged();
                purged++;
            }
        }
        return purged;
    }

    private CourseGroup lockedGroup(long groupId) {
        return repository.lockGroup(groupId)
                .orElseThrow(() -> new CourseRejected(CourseRejected.Reason.NOT_FOUND, "group", "course.notFound"));
    }

    private void reindex(CourseGroup group) {
        repository.flush();
        if (group.isPublished()) {
            CourseIndexing.documentsOf(group).forEach(outbox::upsert);
            if (!group.isTranslated()) {
                outbox.delete(CourseIndexing.uidOf(group.id(), "en"), group.version());
            }
        } else {
            outbox.delete(CourseIndexing.uidOf(group.id(), "sv"), group.version());
            outbox.delete(CourseIndexing.uidOf(group.id(), "en"), group.version());
        }
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
