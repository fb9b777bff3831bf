package se.tryggstad.portal.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Numbers for reference numbers from the database sequence {@code rpt_reference_seq}, a block at a
 * time: the sequence steps by its increment, and each value it gives reserves the numbers up to the
 * next one for this node. A number is never handed out twice, on any node or after a restart; a
 * restart leaves the rest of its block unused, a gap like that of a rolled-back report.
 * <p>
 * Every submission passes through here: see {@link NumberBlocks} for why taking a number needs no lock.
 */
@ApplicationScoped
public class ReferenceSequence {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private final NumberBlocks blocks = new NumberBlocks();
    private long increment;

    /** The next unused number; asks the database only when the block is used up. */
    public long next() {
        return blocks.next(this::reserveBlock);
    }

    /** A new block from the database sequence; {@link NumberBlocks} asks for one at a time. */
    private NumberBlocks.Range reserveBlock() {
        long first = ((Number) em.createNativeQuery("SELECT NEXTVAL(rpt_reference_seq)").getSingleResult())
                .longValue();
        return new NumberBlocks.Range(first, first + increment());
    }

    private long increment() {
        // read, not assumed: a block must never reach into the next value the sequence gives out
        if (increment == 0) {
            increment = ((Number) em.createNativeQuery("SELECT `increment` FROM rpt_reference_seq")
                    .getSingleResult()).longValue();
        }
        return increment;
    }
}
