package se.tryggstad.portal.leisure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.leisure.domain.Activity;
import se.tryggstad.portal.leisure.domain.ActivityStatus;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ActivityRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Stores a new activity; afterwards it has its id and version. */
    public void add(Activity activity) {
        em.persist(activity);
        em.flush();
    }

    public Optional<Activity> find(long id) {
        return Optional.ofNullable(em.find(Activity.class, id));
    }

    public List<Activity> withStatus(ActivityStatus status) {
        return em.createNamedQuery(Activity.WITH_STATUS, Activity.class).setParameter("status", status).getResultList();
    }

    public List<Activity> ofOrganisation(long organisationId) {
        return em.createNamedQuery(Activity.OF_ORGANISATION, Activity.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    public List<Activity> ofCity() {
        return em.createNamedQuery(Activity.OF_CITY, Activity.class).getResultList();
    }

    public boolean existsWithTitle(String titleSv) {
        return !em.createNamedQuery(Activity.BY_TITLE, Activity.class).setParameter("title", titleSv)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Makes the new version visible before it is indexed. */
    public void flush() {
        em.flush();
    }
}
