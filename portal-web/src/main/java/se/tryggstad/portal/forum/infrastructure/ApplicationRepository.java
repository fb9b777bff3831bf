package se.tryggstad.portal.forum.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.forum.domain.ApplicationStatus;
import se.tryggstad.portal.forum.domain.ForumApplication;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApplicationRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<ForumApplication> find(long id) {
        return Optional.ofNullable(em.find(ForumApplication.class, id));
    }

    public List<ForumApplication> withStatus(ApplicationStatus status) {
        return em.createNamedQuery(ForumApplication.WITH_STATUS, ForumApplication.class)
                .setParameter("status", status).getResultList();
    }

    public void add(ForumApplication application) {
        em.persist(application);
        em.flush();
    }
}
