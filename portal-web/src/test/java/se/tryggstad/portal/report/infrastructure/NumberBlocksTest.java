package se.tryggstad.portal.report.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberBlocksTest {

    /** A database sequence that steps by 20, as {@code rpt_reference_seq} does, counting its calls. */
    private static final class SteppingSequence implements Supplier<NumberBlocks.Range> {

        final AtomicLong value = new AtomicLong(1);
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger concurrent = new AtomicInteger();
        volatile boolean overlapped;

        @Override
        public NumberBlocks.Range get() {
            calls.incrementAndGet();
            if (concurrent.incrementAndGet() > 1) {
                overlapped = true;
            }
            try {
                long first = value.getAndAdd(20);
                return new NumberBlocks.Range(first, first + 20);
            } finally {
                concurrent.decrementAndGet();
            }
        }
    }

    @Test
    void handsOutABlockInOrderBeforeReservingTheNext() {
        NumberBlocks blocks = new NumberBlocks();
        SteppingSequence sequence = new SteppingSequence();

        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            numbers.add(blocks.next(sequence));
        }

        assertEquals(1L, numbers.get(0));
        assertEquals(45L, numbers.get(44));
        assertEquals(3, sequence.calls.get());
    }

    @Test
    void concurrentCallersGetEveryNumberOnceAndReserveOneBlockAtATime() throws Exception {
        NumberBlocks blocks = new NumberBlocks();
        SteppingSequence sequence = new SteppingSequence();
        int threads = 16;
        int perThread = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                start.await();
                List<Long> taken = new ArrayList<>(perThread);
                for (int i = 0; i < perThread; i++) {
                    taken.add(blocks.next(sequence));
                }
                return taken;
            }));
        }
        start.countDown();
        Set<Long> all = new HashSet<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get(1, TimeUnit.MINUTES));
        }
        pool.shutdown();

        int total = threads * perThread;
        assertEquals(total, all.size(), "a number was handed out twice");
        assertEquals(total / 20, sequence.calls.get(), "a block was reserved but not used up");
        assertTrue(all.stream().allMatch(n -> n >= 1 && n <= total));
        assertFalse(sequence.overlapped, "two callers reserved a block at the same time");
    }

    @Test
    void anEmptyBlockIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NumberBlocks.Range(21, 21));
    }
}
