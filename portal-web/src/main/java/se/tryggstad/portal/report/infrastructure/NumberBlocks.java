package se.tryggstad.portal.report.infrastructure;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Hands out the numbers of reserved blocks to concurrent callers, each number once. Taking a number
 * needs no lock. One block is always reserved ahead: the caller that finds a block used up puts the one
 * reserved ahead in its place and then reserves the next, while the others already take numbers from
 * the new block. Callers wait for the database only if a whole block is used up during that reservation.
 *
 * <p>Why ahead: when the caller that found a block used up reserved the next one in its place, every
 * other submission waited for that round trip to the database, on a busy machine often for a scheduler
 * slice too. A JFR recording under 50 clients counted about 45 such waits of 10 ms or more a second
 * (docs/adr/0014). A {@code synchronized} method before that serialised every submission.
 */
final class NumberBlocks {

    /** The numbers from {@code first} up to, not including, {@code end}. */
    record Range(long first, long end) {

        Range {
            if (end <= first) {
                throw new IllegalArgumentException("an empty block: " + first + ".." + end);
            }
        }
    }

    private final AtomicReference<Block> current = new AtomicReference<>(Block.USED_UP);
    /** Held by whoever reserves a block: one reservation at a time. */
    private final ReentrantLock reserving = new ReentrantLock();
    /** The block that follows the current one; read and written only while holding {@link #reserving}. */
    private Block ahead;

    /** A number not handed out before; {@code reserve} is called, one caller at a time, for a new block. */
    long next(Supplier<Range> reserve) {
        while (true) {
            Block block = current.get();
            long number = block.take();
            if (number >= 0) {
                return number;
            }
            moveOn(block, reserve);
        }
    }

    /** {@code usedUp} is used up: the block reserved ahead (at first, one reserved now) takes its place. */
    private void moveOn(Block usedUp, Supplier<Range> reserve) {
        reserving.lock();
        try {
            if (current.get() != usedUp) {
                return;
            }
            current.set(ahead != null ? ahead : Block.of(reserve.get()));
            // cleared first, so that a failed reservation leaves no block ahead, not the current one again
            ahead = null;
            ahead = Block.of(reserve.get());
        } finally {
            reserving.unlock();
        }
    }

    private static final class Block {

        static final Block USED_UP = new Block(0, 0);

        private final AtomicLong next;
        private final long end;

        private Block(long first, long end) {
            this.next = new AtomicLong(first);
            this.end = end;
        }

        static Block of(Range range) {
            return new Block(range.first(), range.end());
        }

        /** A number of this block, or -1 once it is used up; callers racing past the end get -1 too. */
        long take() {
            long number = next.getAndIncrement();
            return number < end ? number : -1;
        }
    }
}
