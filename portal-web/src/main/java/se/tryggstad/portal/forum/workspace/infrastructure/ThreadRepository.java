package se.tryggstad.portal.forum.workspace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.forum.workspace.domain.DigestFrequency;
import se.tryggstad.portal.forum.workspace.domain.DigestSent;
import se.tryggstad.portal.forum.workspace.domain.DigestSetting;
import se.tryggstad.portal.forum.workspace.domain.ForumPost;
import se.tryggstad.portal.forum.workspace.domain.ForumThread;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Threads, posts and the digest bookkeeping. */
@ApplicationScoped
public class ThreadRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<ForumThread> ofForum(long forumId) {
        return em.createNamedQuery(ForumThread.OF_FORUM, ForumThread.class).setParameter("forumId", forumId)
                .getResultList();
    }

    public List<ForumThread> all() {
        return em.createNamedQuery(ForumThread.ALL, ForumThread.class).getResultList();
    }

    public Optional<ForumThread> find(long forumId, long threadId) {
        return Optional.ofNullable(em.find(ForumThread.class, threadId)).filter(t -> t.forumId() == forumId);
    }

    /** The thread, locked for a reply, so that two replies at once both land. */
    public Optional<ForumThread> findLocked(long forumId, long threadId) {
        return Optional.ofNullable(em.find(ForumThread.class, threadId, LockModeType.OPTIMISTIC_FORCE_INCREMENT))
                .filter(t -> t.forumId() == forumId);
    }

    public void add(ForumThread thread) {
        em.persist(thread);
    }

    public void flush() {
        em.flush();
    }

    public List<ForumPost> postsBetween(long forumId, Instant from, Instant to) {
        return em.createNamedQuery(ForumPost.OF_FORUM_BETWEEN, ForumPost.class).setParameter("forumId", forumId)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    public Optional<DigestSetting> setting(long forumId, String username) {
        return Optional.ofNullable(em.find(DigestSetting.class, new DigestSetting.Key(forumId, username)));
    }

    public void add(DigestSetting setting) {
        em.persist(setting);
    }

    public List<DigestSetting> wantedSettings() {
        return em.createNamedQuery(DigestSetting.WANTED, DigestSetting.class)
                .setParameter("none", DigestFrequency.NONE).getResultList();
    }

    public boolean sent(long forumId, String username, String period) {
        return em.createNamedQuery(DigestSent.EXISTS, Long.class).setParameter("forumId", forumId)
                .setParameter("username", username).setParameter("period", period).getSingleResult() > 0;
    }

    /** Records a handled period; flushed at once, so a concurrent run's duplicate fails here. */
    public void add(DigestSent sent) {
        em.persist(sent);
        em.flush();
    }

    public Optional<DigestSent> sentByUnsubscribeHash(String hash) {
        return em.createNamedQuery(DigestSent.BY_HASH, DigestSent.class).setParameter("hash", hash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }
}
