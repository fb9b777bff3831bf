package se.tryggstad.portal.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Stops a child process together with everything it started (standalone.sh starts java, mvnw starts java). */
final class ProcessTree {

    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);

    private ProcessTree() {
    }

    /** SIGTERM to the whole tree; SIGKILL for whatever is still alive after {@code grace}. */
    static void stop(Process root, Duration grace) {
        List<ProcessHandle> tree = Stream.concat(root.descendants(), Stream.of(root.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        if (awaitExit(tree, grace)) {
            return;
        }
        StartupBenchmark.log("process " + root.pid() + " did not stop within " + grace.toSeconds() + " s: killing it");
        tree.forEach(ProcessHandle::destroyForcibly);
        if (!awaitExit(tree, KILL_TIMEOUT)) {
            throw new BenchmarkFailure("process " + root.pid() + " or one of its children survived SIGKILL");
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (ProcessHandle process : processes) {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
