package se.tryggstad.portal.report.infrastructure;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Hands out the numbers of reserved blocks to concurrent callers, each number once. Taking a number
 * from the current block needs no lock; only the thread that finds the block used up reserves the
 * next one, while the others wait for it. A {@code synchronized} method did this before and
 * serialised every submission: whoever held it while the database answered, or while the scheduler
 * parked it on a busy machine, stalled all other requests.
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
    private final ReentrantLock refill = new ReentrantLock();

    /** A number not handed out before; {@code reserve} is called, one caller at a time, for a new block. */
    long next(Supplier<Range> reserve) {
        while (true) {
            Block block = current.get();
            long number = block.take();
            if (number >= 0) {
                return number;
            }
            refill.lock();
            try {
                if (current.get() == block) {
                    Range range = reserve.get();
                    current.set(new Block(range.first(), range.end()));
                }
            } finally {
                refill.unlock();
            }
        }
    }

    private static final class Block {

        static final Block USED_UP = new Block(0, 0);

        private final AtomicLong next;
        private final long end;

        Block(long first, long end) {
            this.next = new AtomicLong(first);
            this.end = end;
        }

        /** A number of this block, or -1 once it is used up; callers racing past the end get -1 too. */
        long take() {
            long number = next.getAndIncrement();
            return number < end ? number : -1;
        }
    }
}
