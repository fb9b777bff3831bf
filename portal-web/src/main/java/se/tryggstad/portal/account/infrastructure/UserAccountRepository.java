package se.tryggstad.portal.account.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.account.domain.UserAccount;
import se.tryggstad.portal.account.domain.Username;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<UserAccount> find(Username username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.value())
                .getResultStream().findFirst();
    }

    public List<UserAccount> all() {
        return em.createNamedQuery(UserAccount.ALL_BY_USERNAME, UserAccount.class).getResultList();
    }

    public List<UserAccount> activeOfOrganisation(long organisationId) {
        return em.createNamedQuery(UserAccount.ACTIVE_OF_ORGANISATION, UserAccount.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    public long countActiveWithRole(Role role) {
        return em.createNamedQuery(UserAccount.COUNT_ACTIVE_WITH_ROLE, Long.class)
                .setParameter("role", role).getSingleResult();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }
}
