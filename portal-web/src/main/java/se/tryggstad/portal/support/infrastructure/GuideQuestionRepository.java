package se.tryggstad.portal.support.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.support.domain.GuideQuestion;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class GuideQuestionRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void add(GuideQuestion question) {
        em.persist(question);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public Optional<GuideQuestion> find(long id) {
        return Optional.ofNullable(em.find(GuideQuestion.class, id));
    }

    public List<GuideQuestion> all() {
        return em.createNamedQuery(GuideQuestion.ALL, GuideQuestion.class).getResultList();
    }
}
