package se.tryggstad.portal.forum.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.forum.domain.Forum;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ForumRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<Forum> find(long id) {
        return Optional.ofNullable(em.find(Forum.class, id));
    }

    public Optional<Forum> findByName(String name) {
        return em.createNamedQuery(Forum.BY_NAME, Forum.class).setParameter("name", name).getResultStream().findFirst();
    }

    public List<Forum> all() {
        return em.createNamedQuery(Forum.ALL_BY_NAME, Forum.class).getResultList();
    }

    public List<Forum> withPublicPage() {
        return em.createNamedQuery(Forum.PUBLIC_BY_NAME, Forum.class).getResultList();
    }

    public List<Forum> ofOrganisation(long organisationId) {
        return em.createNamedQuery(Forum.OF_ORGANISATION, Forum.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    /** Stores a new forum; afterwards it has its id. */
    public void add(Forum forum) {
        em.persist(forum);
        em.flush();
    }

    /** Writes pending changes, so the version handed to search is the stored one. */
    public void flush() {
        em.flush();
    }
}
