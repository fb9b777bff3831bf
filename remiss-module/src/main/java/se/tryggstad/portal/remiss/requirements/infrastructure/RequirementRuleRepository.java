package se.tryggstad.portal.remiss.requirements.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.remiss.requirements.domain.RequirementRule;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RequirementRuleRepository {

    @PersistenceContext(unitName = "remiss")
    EntityManager em;

    public void add(RequirementRule rule) {
        em.persist(rule);
        em.flush();
    }

    /**
     * Writes the rule's changes now with its version raised even when only a new rule version (a child row) was
     * added, so that two concurrent edits cannot both add the same version number.
     */
    public void flushChanged(RequirementRule rule) {
        em.lock(rule, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    public List<RequirementRule> all() {
        return em.createNamedQuery(RequirementRule.ALL, RequirementRule.class).getResultList();
    }

    public List<RequirementRule> active() {
        return em.createNamedQuery(RequirementRule.ACTIVE, RequirementRule.class).getResultList();
    }

    public Optional<RequirementRule> byKey(String key) {
        return em.createNamedQuery(RequirementRule.BY_KEY, RequirementRule.class).setParameter("key", key)
                .getResultStream().findFirst();
    }
}
