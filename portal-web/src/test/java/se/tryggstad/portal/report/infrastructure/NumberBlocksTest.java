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
    void handsOutTheNumbersInOrderWithOneBlockReservedAhead() {
        NumberBlocks blocks = new NumberBlocks();
        SteppingSequence sequence = new SteppingSequence();

        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            numbers.add(blocks.next(sequence));
        }

        assertEquals(1L, numbers.get(0));
        assertEquals(45L, numbers.get(44));
        for (int i = 1; i < numbers.size(); i++) {
            assertEquals(numbers.get(i - 1) + 1, numbers.get(i));
        }
        // 1-20 and 21-40 on taking 1, 41-60 on taking 21, 61-80 on taking 41
        assertEquals(4, sequence.calls.get());
    }

    @Test
    void othersGoOnTakingNumbersWhileTheNextBlockIsReserved() throws Exception {
        NumberBlocks blocks = new NumberBlocks();
        CountDownLatch reservationStarted = new CountDownLatch(1);
        CountDownLatch databaseAnswers = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Supplier<NumberBlocks.Range> slowSecondReservation = () -> {
            int call = calls.incrementAndGet();
            if (call == 2) {
                reservationStarted.countDown();
                try {
                    assertTrue(databaseAnswers.await(1, TimeUnit.MINUTES));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            long first = 1 + (call - 1) * 20L;
            return new NumberBlocks.Range(first, first + 20);
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Long> firstCaller = pool.submit(() -> blocks.next(slowSecondReservation));
            assertTrue(reservationStarted.await(1, TimeUnit.MINUTES));

            // the first block is in place while the one ahead of it waits for the database: all of it can be taken
            for (long expected = 1; expected <= 20; expected++) {
                assertEquals(expected, blocks.next(slowSecondReservation));
            }
            assertFalse(firstCaller.isDone());

            databaseAnswers.countDown();
            // the block reserved ahead follows (a reservation in its place would start at 41), and moving
            // on to it reserves the one after it
            assertEquals(21L, firstCaller.get(1, TimeUnit.MINUTES));
            assertEquals(22L, blocks.next(slowSecondReservation));
            assertEquals(3, calls.get());
        } finally {
            databaseAnswers.countDown();
            pool.shutdownNow();
        }
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
        // every block used up, and at most the one reserved ahead of the last left over
        int calls = sequence.calls.get();
        assertTrue(calls == total / 20 || calls == total / 20 + 1, calls + " reservations for " + total + " numbers");
        assertTrue(all.stream().allMatch(n -> n >= 1 && n <= total));
        assertFalse(sequence.overlapped, "two callers reserved a block at the same time");
    }

    @Test
    void aFailedReservationFailsOneCallerAndTheNumbersGoOnWithoutARepeat() {
        NumberBlocks blocks = new NumberBlocks();
        SteppingSequence sequence = new SteppingSequence();
        AtomicInteger calls = new AtomicInteger();
        Supplier<NumberBlocks.Range> thirdCallFails = () -> {
            if (calls.incrementAndGet() == 3) {
                throw new IllegalStateException("the database is gone");
            }
            return sequence.get();
        };
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            numbers.add(blocks.next(thirdCallFails));
        }

        // moving on to 21-40 reserves the block after it: that fails, and so does this caller's call
        assertThrows(IllegalStateException.class, () -> blocks.next(thirdCallFails));
        for (int i = 0; i < 40; i++) {
            numbers.add(blocks.next(thirdCallFails));
        }

        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(i + 1L, numbers.get(i));
        }
    }

    @Test
    void anEmptyBlockIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NumberBlocks.Range(21, 21));
    }
}
