package se.tryggstad.portal.shared.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs the items of concurrent callers in shared batches, typically one transaction per batch
 * ("group commit"). A caller hands in its item and waits for its turn; whoever has the turn runs,
 * as one batch, every item queued since the previous batch, its own and those of the callers
 * waiting behind it. While one batch commits the next one fills, so under load one commit serves
 * many callers; a caller alone runs at once, in a batch of one. No timer and no extra thread.
 * <p>
 * If a batch fails as a whole, each of its items is run again in a batch of its own, so an item that
 * cannot be written fails only its own caller. The batch function must therefore leave nothing
 * behind when it fails (a transaction that rolls back), and must build anything it keeps from the
 * items afresh on each run.
 *
 * @param <T> what a caller hands in
 * @param <R> what a caller gets back; the batch answers one per item, in order
 */
public final class GroupCommit<T, R> {

    private final Function<List<T>, List<R>> batch;
    private final int maxBatchSize;
    private final ReentrantLock turn = new ReentrantLock();
    private final Queue<Waiting<T, R>> queued = new ConcurrentLinkedQueue<>();

    public GroupCommit(Function<List<T>, List<R>> batch, int maxBatchSize) {
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one item: " + maxBatchSize);
        }
        this.batch = Objects.requireNonNull(batch);
        this.maxBatchSize = maxBatchSize;
    }

    /**
     * Runs the item in the next batch and answers its result; throws what its run threw (when the
     * item failed alone).
     */
    public R run(T item) {
        Waiting<T, R> mine = new Waiting<>(Objects.requireNonNull(item));
        queued.add(mine);
        turn.lock();
        try {
            // whoever had the turn before may already have run this item with its own
            while (!mine.isDone()) {
                runBatch(takeQueued());
            }
        } finally {
            turn.unlock();
        }
        return mine.outcome();
    }

    /** How many callers wait for the turn (for tests that need a batch to fill). */
    int callersWaitingForTurn() {
        return turn.getQueueLength();
    }

    private List<Waiting<T, R>> takeQueued() {
        List<Waiting<T, R>> taken = new ArrayList<>();
        Waiting<T, R> next;
        while (taken.size() < maxBatchSize && (next = queued.poll()) != null) {
            taken.add(next);
        }
        return taken;
    }

    private void runBatch(List<Waiting<T, R>> waiting) {
        List<R> results;
        try {
            results = batch.apply(waiting.stream().map(Waiting::item).toList());
            if (results.size() != waiting.size()) {
                throw new IllegalStateException(
                        "the batch answered " + results.size() + " results for " + waiting.size() + " items");
            }
        } catch (Throwable failed) {
            if (waiting.size() == 1) {
                waiting.get(0).fail(failed);
            } else {
                waiting.forEach(alone -> runBatch(List.of(alone)));
            }
            return;
        }
        for (int i = 0; i < waiting.size(); i++) {
            waiting.get(i).succeed(results.get(i));
        }
    }

    /** A caller's item and, once run, its outcome; only touched by whoever holds the turn. */
    private static final class Waiting<T, R> {

        private final T item;
        private boolean done;
        private R result;
        private Throwable failure;

        Waiting(T item) {
            this.item = item;
        }

        T item() {
            return item;
        }

        boolean isDone() {
            return done;
        }

        void succeed(R result) {
            this.result = result;
            this.done = true;
        }

        void fail(Throwable failure) {
            this.failure = failure;
            this.done = true;
        }

        R outcome() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return result;
        }
    }
}
