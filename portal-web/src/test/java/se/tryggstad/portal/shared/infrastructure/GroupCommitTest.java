package se.tryggstad.portal.shared.infrastructure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupCommitTest {

    private static final long DEADLINE_MILLIS = 10_000;

    private final ExecutorService callers = Executors.newCachedThreadPool();

    /**
     * A batch function that records the batches it ran and answers each item upper-cased. Its first
     * batch waits until released, so that other callers queue up behind it; an item "bad" fails
     * any batch it is in.
     */
    private static final class RecordingBatch implements Function<List<String>, List<String>> {

        final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstBatchRunning = new CountDownLatch(1);
        final CountDownLatch releaseFirstBatch = new CountDownLatch(1);

        @Override
        public List<String> apply(List<String> items) {
            batches.add(List.copyOf(items));
            if (batches.size() == 1) {
                firstBatchRunning.countDown();
                await(releaseFirstBatch);
            }
            if (items.contains("bad")) {
                throw new IllegalArgumentException("bad cannot be written");
            }
            return items.stream().map(String::toUpperCase).toList();
        }
    }

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void aCallerAloneRunsAtOnceInABatchOfOne() {
        RecordingBatch batch = new RecordingBatch();
        batch.releaseFirstBatch.countDown();
        GroupCommit<String, String> commit = new GroupCommit<>(batch, 10);

        assertEquals("A", commit.run("a"));
        assertEquals("B", commit.run("b"));
        assertEquals(List.of(List.of("a"), List.of("b")), batch.batches);
    }

    @Test
    void callersThatQueueWhileABatchRunsShareTheNextBatchAndEachGetsItsOwnResult() throws Exception {
        RecordingBatch batch = new RecordingBatch();
        GroupCommit<String, String> commit = new GroupCommit<>(batch, 10);

        Future<String> first = callers.submit(() -> commit.run("first"));
        await(batch.firstBatchRunning);
        List<Future<String>> queued = new ArrayList<>();
        for (String item : List.of("b", "c", "d", "e")) {
            queued.add(callers.submit(() -> commit.run(item)));
        }
        pollUntilWaiting(commit, 4);
        batch.releaseFirstBatch.countDown();

        assertEquals("FIRST", result(first));
        List<String> results = new ArrayList<>();
        for (Future<String> answer : queued) {
            results.add(result(answer));
        }
        assertEquals(List.of("B", "C", "D", "E"), results);
        assertEquals(2, batch.batches.size(), "one batch for the four that queued: " + batch.batches);
        assertEquals(List.of("b", "c", "d", "e"), batch.batches.get(1).stream().sorted().toList());
    }

    @Test
    void aBatchIsNeverLargerThanItsMaximum() throws Exception {
        RecordingBatch batch = new RecordingBatch();
        GroupCommit<String, String> commit = new GroupCommit<>(batch, 2);

        Future<String> first = callers.submit(() -> commit.run("first"));
        await(batch.firstBatchRunning);
        List<Future<String>> queued = new ArrayList<>();
        for (String item : List.of("b", "c", "d", "e", "f")) {
            queued.add(callers.submit(() -> commit.run(item)));
        }
        pollUntilWaiting(commit, 5);
        batch.releaseFirstBatch.countDown();

        result(first);
        for (Future<String> answer : queued) {
            result(answer);
        }
        List<Integer> sizes = batch.batches.stream().map(List::size).toList();
        assertEquals(List.of(1, 2, 2, 1), sizes);
    }

    @Test
    void anItemThatFailsItsBatchFailsOnlyItsOwnCaller() throws Exception {
        RecordingBatch batch = new RecordingBatch();
        GroupCommit<String, String> commit = new GroupCommit<>(batch, 10);

        Future<String> first = callers.submit(() -> commit.run("first"));
        await(batch.firstBatchRunning);
        Future<String> good = callers.submit(() -> commit.run("good"));
        pollUntilWaiting(commit, 1);
        Future<String> bad = callers.submit(() -> commit.run("bad"));
        pollUntilWaiting(commit, 2);
        Future<String> alsoGood = callers.submit(() -> commit.run("also good"));
        pollUntilWaiting(commit, 3);
        batch.releaseFirstBatch.countDown();

        assertEquals("FIRST", result(first));
        assertEquals("GOOD", result(good));
        assertEquals("ALSO GOOD", result(alsoGood));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> bad.get(DEADLINE_MILLIS,
                TimeUnit.MILLISECONDS));
        assertInstanceOf(IllegalArgumentException.class, failed.getCause());
        assertEquals("bad cannot be written", failed.getCause().getMessage());
        assertEquals(List.of(List.of("first"), List.of("good", "bad", "also good"), List.of("good"), List.of("bad"),
                List.of("also good")), batch.batches);
    }

    @Test
    void aBatchThatAnswersTheWrongNumberOfResultsIsRunAgainItemByItem() throws Exception {
        List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<String, String> commit = new GroupCommit<>(items -> {
            batches.add(items);
            if (batches.size() == 1) {
                running.countDown();
                await(release);
            }
            return items.size() > 1 ? List.of("only one") : List.of(items.get(0) + "!");
        }, 10);

        Future<String> first = callers.submit(() -> commit.run("x"));
        await(running);
        Future<String> y = callers.submit(() -> commit.run("y"));
        Future<String> z = callers.submit(() -> commit.run("z"));
        pollUntilWaiting(commit, 2);
        release.countDown();

        assertEquals("x!", result(first));
        assertEquals("y!", result(y));
        assertEquals("z!", result(z));
        assertEquals(4, batches.size(), "the pair, then each alone: " + batches);
    }

    @Test
    void aFailureOfACallerAloneReachesThatCaller() {
        GroupCommit<String, String> commit = new GroupCommit<>(items -> {
            throw new IllegalStateException("the database is gone");
        }, 10);

        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> commit.run("a"));
        assertEquals("the database is gone", failed.getMessage());
    }

    private static void pollUntilWaiting(GroupCommit<?, ?> commit, int callers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MILLIS);
        while (commit.callersWaitingForTurn() < callers) {
            assertTrue(System.nanoTime() < deadline, "callers did not queue: " + commit.callersWaitingForTurn());
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private static String result(Future<String> answer) throws Exception {
        return answer.get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(DEADLINE_MILLIS, TimeUnit.MILLISECONDS), "waited in vain");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
