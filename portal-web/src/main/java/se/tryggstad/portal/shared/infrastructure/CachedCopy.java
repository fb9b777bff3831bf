package se.tryggstad.portal.shared.infrastructure;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A copy of something read from the database, kept in memory for the hot paths that read it on every
 * request. It is loaded again after {@link #invalidate()} (call it when a transaction that changed the
 * source commits) and, at the latest, when it is older than its maximum age (another node, or a change
 * made in the database directly). A change committed while a copy is loading makes that copy stale at
 * once. Concurrent callers may load at the same time; the last copy loaded wins.
 *
 * @param <T> what is kept; callers must not change it
 */
public final class CachedCopy<T> {

    private record Copy<T>(long generation, long loadedAtNanos, T value) {
    }

    private final Supplier<T> loader;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong generation = new AtomicLong();
    private volatile Copy<T> copy;

    public CachedCopy(Supplier<T> loader, Duration maxAge) {
        this(loader, maxAge, System::nanoTime);
    }

    CachedCopy(Supplier<T> loader, Duration maxAge, LongSupplier nanoTime) {
        this.loader = Objects.requireNonNull(loader);
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    public T get() {
        Copy<T> held = copy;
        long now = nanoTime.getAsLong();
        if (held != null && held.generation() == generation.get() && now - held.loadedAtNanos() < maxAgeNanos) {
            return held.value();
        }
        // the generation is read before loading: a change committed meanwhile makes this copy stale at once
        long loadingGeneration = generation.get();
        T value = loader.get();
        copy = new Copy<>(loadingGeneration, now, value);
        return value;
    }

    /** The source changed: the next {@link #get()} loads it again. */
    public void invalidate() {
        generation.incrementAndGet();
    }
}
