package se.tryggstad.portal.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Latencies of one side of a load phase; percentiles by nearest rank, in milliseconds. */
final class Percentiles {

    private final long[] sortedNanos;

    private Percentiles(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    static Percentiles of(Collection<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    static Percentiles merge(List<Percentiles> parts) {
        long[] all = parts.stream().flatMapToLong(part -> Arrays.stream(part.sortedNanos)).toArray();
        Arrays.sort(all);
        return new Percentiles(all);
    }

    /** The smallest latency that at least {@code percent} per cent of the operations did not exceed; NaN if none. */
    double percentile(int percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
    }
}
