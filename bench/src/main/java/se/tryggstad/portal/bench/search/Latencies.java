package se.tryggstad.portal.bench.search;

import java.util.Arrays;

/** The spread of one pass over the query mix, in milliseconds. */
record Latencies(double p50, double p99, double mean, double max) {

    private static final double NANOS_PER_MILLI = 1e6;

    static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no latencies");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
                Arrays.stream(sorted).average().orElseThrow() / NANOS_PER_MILLI, millis(sorted[sorted.length - 1]));
    }

    /** Nearest rank: the smallest value that at least {@code percent} per cent of the values do not exceed. */
    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double millis(long nanos) {
        return nanos / NANOS_PER_MILLI;
    }
}
