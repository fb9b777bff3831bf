package se.tryggstad.portal.shared.infrastructure;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CachedCopyTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger loads = new AtomicInteger();

    private CachedCopy<Integer> copyOfLoadCount() {
        return new CachedCopy<>(loads::incrementAndGet, Duration.ofNanos(100), now::get);
    }

    @Test
    void loadsOnceAndKeepsTheCopyWhileItIsYoungAndValid() {
        CachedCopy<Integer> copy = copyOfLoadCount();

        assertEquals(1, copy.get());
        now.addAndGet(99);
        assertEquals(1, copy.get());
        assertEquals(1, loads.get());
    }

    @Test
    void loadsAgainOnceTheCopyReachesItsMaximumAge() {
        CachedCopy<Integer> copy = copyOfLoadCount();

        copy.get();
        now.addAndGet(100);
        assertEquals(2, copy.get());
        assertEquals(2, copy.get());
    }

    @Test
    void loadsAgainAfterAnInvalidation() {
        CachedCopy<Integer> copy = copyOfLoadCount();

        copy.get();
        copy.invalidate();
        assertEquals(2, copy.get());
        assertEquals(2, copy.get());
    }

    @Test
    void aChangeCommittedWhileLoadingMakesThatCopyStaleAtOnce() {
        AtomicReference<CachedCopy<Integer>> copy = new AtomicReference<>();
        copy.set(new CachedCopy<>(() -> {
            int load = loads.incrementAndGet();
            if (load == 1) {
                copy.get().invalidate();
            }
            return load;
        }, Duration.ofHours(1), now::get));

        assertEquals(1, copy.get().get());
        assertEquals(2, copy.get().get(), "the first copy was loaded across a change");
        assertEquals(2, copy.get().get());
    }
}
