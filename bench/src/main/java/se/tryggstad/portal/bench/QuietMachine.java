package se.tryggstad.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits until the machine's cores are nearly idle before a phase is measured. A phase leaves work
 * behind that nobody waits for: Lucene merges the segments it indexed, InnoDB purges the outbox rows
 * the poller deleted, the JVMs collect garbage. On 2 cores that work otherwise runs during the next
 * phase, whichever side it belongs to, and moves that phase's figure by a fifth or more.
 */
final class QuietMachine {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** Busy below this (in cores, over one window) counts as quiet: the idle JVMs and MariaDB stay under it. */
    private static final double QUIET_CORES = 0.15;
    private static final Duration WINDOW = Duration.ofSeconds(1);
    private static final Duration DEADLINE = Duration.ofMinutes(2);

    private QuietMachine() {
    }

    /** Logs how long the machine took to calm down, or that it did not within the deadline. */
    static void await() throws InterruptedException {
        if (!Files.isReadable(PROC_STAT)) {
            return;
        }
        long start = System.nanoTime();
        double busy;
        do {
            long[] before = cpuTimes();
            Thread.sleep(WINDOW.toMillis());
            busy = busyCores(before, cpuTimes());
            if (busy <= QUIET_CORES) {
                ReportBenchmark.log(String.format("machine quiet after %.1f s", (System.nanoTime() - start) / 1e9));
                return;
            }
        } while (System.nanoTime() - start < DEADLINE.toNanos());
        ReportBenchmark.log(String.format("machine still busy (%.2f cores) after %d s: measuring anyway", busy,
                DEADLINE.toSeconds()));
    }

    /**
     * The first line of {@code /proc/stat}: user, nice, system, idle, iowait, irq, softirq, steal, in
     * clock ticks summed over all cores.
     */
    private static long[] cpuTimes() {
        try {
            String[] fields = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            long[] times = new long[8];
            for (int i = 0; i < times.length; i++) {
                times[i] = Long.parseLong(fields[i + 1]);
            }
            return times;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Work of this machine's own processes; time stolen by the hypervisor is another machine's. */
    private static double busyCores(long[] before, long[] after) {
        long busy = 0;
        long all = 0;
        for (int i = 0; i < before.length; i++) {
            long delta = after[i] - before[i];
            all += delta;
            if (i != 3 && i != 4 && i != 7) {
                busy += delta;
            }
        }
        return all == 0 ? 0 : busy * (double) Runtime.getRuntime().availableProcessors() / all;
    }
}
