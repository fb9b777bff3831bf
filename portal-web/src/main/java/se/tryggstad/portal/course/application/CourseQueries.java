package se.tryggstad.portal.course.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.course.domain.CourseGroup;
import se.tryggstad.portal.course.domain.Enrolment;
import se.tryggstad.portal.course.domain.EnrolmentStatus;
import se.tryggstad.portal.course.infrastructure.CourseRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The read side of courses. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseQueries {

    @Inject
    CourseRepository repository;

    @Inject
    Clock clock;

    /** Published groups that have not ended, soonest first, in the reader's language. */
    public List<CourseGroupView> upcoming(String language) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CourseService.SOLNA);
        return repository.published().stream().filter(group -> !group.lastSessionDay().isBefore(today))
                .map(group -> CourseGroupView.of(group, language)).toList();
    }

    /** Every group, for staff. */
    public List<CourseGroupView> all() {
        return repository.all().stream().map(group -> CourseGroupView.of(group, "sv")).toList();
    }

    public Optional<CourseGroupView> group(long id, String language) {
        return repository.find(id).map(group -> CourseGroupView.of(group, language));
    }

    public Optional<CourseGroupView> publishedGroup(long id, String language) {
        return repository.find(id).filter(CourseGroup::isPublished).map(group -> CourseGroupView.of(group, language));
    }

    /** Booked first, then the waitlist in order. */
    public List<ParticipantView> participants(long groupId) {
        List<ParticipantView> participants = new ArrayList<>();
        int position = 0;
        for (Enrolment enrolment : repository.activeEnrolments(groupId)) {
            boolean waiting = enrolment.status() == EnrolmentStatus.WAITLISTED;
            participants.add(new ParticipantView(enrolment.id(), enrolment.status(), waiting ? ++position : 0,
                    enrolment.parentName(), enrolment.email(), enrolment.phone(), enrolment.language(),
                    enrolment.createdAt()));
        }
        return participants;
    }

    /** The sign-up behind a cancel link, if the link is valid. */
    public Optional<EnrolmentView> enrolmentWithToken(String token, String language) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return repository.findByToken(token.strip()).flatMap(enrolment -> repository.find(enrolment.groupId())
                .map(group -> new EnrolmentView(CourseGroupView.of(group, language), enrolment.status(),
                        enrolment.status() == EnrolmentStatus.WAITLISTED
                                ? repository.waitingAhead(group.id(), enrolment.waitlistNumber()) + 1 : 0)));
    }
}
