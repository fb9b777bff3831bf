package se.tryggstad.portal.forum.workspace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.forum.workspace.domain.Walk;
import se.tryggstad.portal.forum.workspace.domain.WalkFinding;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class WalkRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<Walk> ofForum(long forumId) {
        return em.createNamedQuery(Walk.OF_FORUM, Walk.class).setParameter("forumId", forumId).getResultList();
    }

    public Optional<Walk> find(long forumId, long walkId) {
        return Optional.ofNullable(em.find(Walk.class, walkId)).filter(w -> w.forumId() == forumId);
    }

    public void add(Walk walk) {
        em.persist(walk);
        em.flush();
    }

    public void add(WalkFinding finding) {
        em.persist(finding);
        em.flush();
    }

    public List<WalkFinding> findings(long walkId) {
        return em.createNamedQuery(WalkFinding.OF_WALK, WalkFinding.class).setParameter("walkId", walkId)
                .getResultList();
    }
}
