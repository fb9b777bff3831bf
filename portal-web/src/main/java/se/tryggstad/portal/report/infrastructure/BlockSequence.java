package se.tryggstad.portal.report.infrastructure;

import jakarta.persistence.EntityManager;

/**
 * Numbers from a database sequence that steps by more than one, a block at a time: each value the
 * sequence gives reserves the numbers up to the next one for this node. A number is never handed out
 * twice, on any node or after a restart; a restart leaves the rest of its block unused, and the block
 * reserved ahead of it, a gap like that of a rolled-back transaction. See {@link NumberBlocks} for why
 * taking a number needs no lock and why the next block is reserved ahead.
 */
final class BlockSequence {

    private final String name;
    private final NumberBlocks blocks = new NumberBlocks();
    private volatile long increment;

    /** {@code name} is a sequence of the schema, never input. */
    BlockSequence(String name) {
        this.name = name;
    }

    /** The next unused number; asks the database, through {@code em}, only when the block is used up. */
    long next(EntityManager em) {
        return blocks.next(() -> reserveBlock(em));
    }

    private NumberBlocks.Range reserveBlock(EntityManager em) {
        long first = ((Number) em.createNativeQuery("SELECT NEXTVAL(" + name + ")").getSingleResult()).longValue();
        return new NumberBlocks.Range(first, first + increment(em));
    }

    private long increment(EntityManager em) {
        // read, not assumed: a block must never reach into the next value the sequence gives out
        if (increment == 0) {
            increment = ((Number) em.createNativeQuery("SELECT `increment` FROM " + name).getSingleResult())
                    .longValue();
        }
        return increment;
    }
}
