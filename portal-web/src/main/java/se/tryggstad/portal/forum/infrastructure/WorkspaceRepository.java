package se.tryggstad.portal.forum.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.forum.domain.ForumAction;
import se.tryggstad.portal.forum.domain.Meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A forum's actions and meetings. */
@ApplicationScoped
public class WorkspaceRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<ForumAction> action(long id) {
        return Optional.ofNullable(em.find(ForumAction.class, id));
    }

    public List<ForumAction> actionsOf(long forumId) {
        return em.createNamedQuery(ForumAction.OF_FORUM, ForumAction.class).setParameter("forumId", forumId).getResultList();
    }

    public List<ForumAction> allActions() {
        return em.createNamedQuery(ForumAction.ALL, ForumAction.class).getResultList();
    }

    public Optional<Meeting> meeting(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    /** Latest first. */
    public List<Meeting> meetingsOf(long forumId) {
        return em.createNamedQuery(Meeting.OF_FORUM, Meeting.class).setParameter("forumId", forumId).getResultList();
    }

    public List<Meeting> allMeetings() {
        return em.createNamedQuery(Meeting.ALL, Meeting.class).getResultList();
    }

    public List<Meeting> needingReminder(Instant now, Instant until) {
        return em.createNamedQuery(Meeting.NEEDING_REMINDER, Meeting.class)
                .setParameter("now", now).setParameter("until", until).getResultList();
    }

    public void add(Object actionOrMeeting) {
        em.persist(actionOrMeeting);
        em.flush();
    }

    public void flush() {
        em.flush();
    }
}
