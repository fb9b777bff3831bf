package se.tryggstad.portal.forum.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.forum.domain.Invitation;
import se.tryggstad.portal.forum.domain.OrganisationAdmin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Invitations (by the hash of their token) and organisation admins. */
@ApplicationScoped
public class InvitationRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<Invitation> byTokenHash(String tokenHash) {
        return em.createNamedQuery(Invitation.BY_TOKEN_HASH, Invitation.class).setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    public List<Invitation> openOf(long organisationId, Instant now) {
        return em.createNamedQuery(Invitation.OPEN_OF_ORGANISATION, Invitation.class)
                .setParameter("organisationId", organisationId).setParameter("now", now).getResultList();
    }

    /** Used invitations, latest first: where the organisation's people can be mailed. */
    public List<Invitation> acceptedOf(long organisationId) {
        return em.createNamedQuery(Invitation.ACCEPTED_OF_ORGANISATION, Invitation.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    public void add(Invitation invitation) {
        em.persist(invitation);
    }

    public boolean isAdmin(long organisationId, String username) {
        return admin(organisationId, username).isPresent();
    }

    public void makeAdmin(long organisationId, String username) {
        if (!isAdmin(organisationId, username)) {
            em.persist(new OrganisationAdmin(organisationId, username));
        }
    }

    public void removeAdmin(long organisationId, String username) {
        admin(organisationId, username).ifPresent(em::remove);
    }

    private Optional<OrganisationAdmin> admin(long organisationId, String username) {
        return em.createNamedQuery(OrganisationAdmin.FIND, OrganisationAdmin.class)
                .setParameter("organisationId", organisationId).setParameter("username", username)
                .getResultStream().findFirst();
    }
}
