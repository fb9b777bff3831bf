package se.tryggstad.portal.course.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.course.domain.CourseGroup;
import se.tryggstad.portal.course.domain.Enrolment;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Course groups and sign-ups. Whatever changes a group's seats first takes {@link #lockGroup}
 * (SELECT … FOR UPDATE) and then reads sign-ups with locking reads, which see the latest committed
 * rows: concurrent sign-ups to one group queue up on its row.
 */
@ApplicationScoped
public class CourseRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void add(CourseGroup group) {
        em.persist(group);
        em.flush();
    }

    public void add(Enrolment enrolment) {
        em.persist(enrolment);
        em.flush();
    }

    /** Writes pending changes, so that versions are up to date (what search is told). */
    public void flush() {
        em.flush();
    }

    public Optional<CourseGroup> find(long id) {
        return Optional.ofNullable(em.find(CourseGroup.class, id));
    }

    /** The group, locked until the transaction ends. */
    public Optional<CourseGroup> lockGroup(long id) {
        return Optional.ofNullable(em.find(CourseGroup.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<CourseGroup> all() {
        return em.createNamedQuery(CourseGroup.ALL, CourseGroup.class).getResultList();
    }

    public List<CourseGroup> published() {
        return em.createNamedQuery(CourseGroup.PUBLISHED, CourseGroup.class).getResultList();
    }

    public Optional<CourseGroup> findByTitle(String titleSv) {
        return em.createNamedQuery(CourseGroup.BY_TITLE, CourseGroup.class).setParameter("title", titleSv)
                .getResultStream().findFirst();
    }

    /** Groups with participants' data whose first session was before this time. */
    public List<CourseGroup> notPurgedStartedBefore(LocalDateTime time) {
        return em.createNamedQuery(CourseGroup.PURGEABLE, CourseGroup.class).setParameter("startedBefore", time)
                .getResultList();
    }

    /** Booked and waitlisted sign-ups: booked first, then the queue in order. */
    public List<Enrolment> activeEnrolments(long groupId) {
        return em.createNamedQuery(Enrolment.OF_GROUP, Enrolment.class).setParameter("group", groupId)
                .getResultList();
    }

    public List<Enrolment> allEnrolments(long groupId) {
        return em.createNamedQuery(Enrolment.ALL_OF_GROUP, Enrolment.class).setParameter("group", groupId)
                .getResultList();
    }

    /**
     * Call with the group locked, as the transaction's first read after the lock: a plain read then
     * sees every sign-up committed before (InnoDB takes its snapshot at the first plain read). Not a
     * locking read, whose gap locks could deadlock inserts into a neighbouring group.
     */
    public boolean hasActiveEnrolment(long groupId, String email) {
        return !em.createNamedQuery(Enrolment.ACTIVE_WITH_EMAIL, Enrolment.class).setParameter("group", groupId)
                .setParameter("email", email).getResultList().isEmpty();
    }

    /** A locking read: call with the group locked. */
    public Optional<Enrolment> firstWaiting(long groupId) {
        return em.createNamedQuery(Enrolment.FIRST_WAITING, Enrolment.class).setParameter("group", groupId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultStream().findFirst();
    }

    public int waitingAhead(long groupId, int waitlistNumber) {
        return em.createNamedQuery(Enrolment.WAITING_AHEAD, Long.class).setParameter("group", groupId)
                .setParameter("number", waitlistNumber).getSingleResult().intValue();
    }

    public Optional<Enrolment> findByToken(String token) {
        return em.createNamedQuery(Enrolment.BY_TOKEN, Enrolment.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

    public Optional<Enrolment> findEnrolment(long id) {
        return Optional.ofNullable(em.find(Enrolment.class, id));
    }

    /** Reads the sign-up again, locked: its latest state once its group is locked. */
    public Enrolment lockEnrolment(Enrolment enrolment) {
        em.refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
        return enrolment;
    }
}
