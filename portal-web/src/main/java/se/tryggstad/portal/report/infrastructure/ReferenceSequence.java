package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Numbers for reference numbers from the database sequence {@code rpt_reference_seq}, which steps by 20:
 * one {@code NEXTVAL} serves 20 reports ({@link BlockSequence}). Every submission passes through here.
 */
@ApplicationScoped
public class ReferenceSequence {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private final BlockSequence sequence = new BlockSequence("rpt_reference_seq");

    /** The next unused number; asks the database only when the block is used up. */
    public long next() {
        return sequence.next(em);
    }
}
