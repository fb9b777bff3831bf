package se.tryggstad.portal.account.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.account.domain.Organisation;
import se.tryggstad.portal.shared.OrganisationNumber;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrganisationRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    public Optional<Organisation> find(OrganisationNumber number) {
        return em.createNamedQuery(Organisation.BY_NUMBER, Organisation.class)
                .setParameter("number", number.value()).getResultStream().findFirst();
    }

    public List<Organisation> all() {
        return em.createNamedQuery(Organisation.ALL_BY_NAME, Organisation.class).getResultList();
    }

    /** Stores a new organisation; afterwards it has its id. */
    public void add(Organisation organisation) {
        em.persist(organisation);
        em.flush();
    }
}
