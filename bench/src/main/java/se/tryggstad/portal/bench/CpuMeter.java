package se.tryggstad.portal.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time of the three processes a phase keeps busy: the server's JVM, MariaDB and this JVM (the
 * load generator, or the raw side's JDBC clients). Per operation, it says what a report costs each of
 * them; unlike a rate, that hardly moves when a neighbour on the host takes cores away for a while.
 */
final class CpuMeter {

    /** CPU used per operation in one phase, in milliseconds. */
    record PerOperation(double server, double database, double client) {

        @Override
        public String toString() {
            return String.format("CPU/op server %.2f ms, MariaDB %.2f ms, client %.2f ms", server, database, client);
        }
    }

    private final List<ProcessHandle> processes;

    private CpuMeter(ProcessHandle server, ProcessHandle database) {
        this.processes = List.of(server, database, ProcessHandle.current());
    }

    static CpuMeter of(PortalServer server, int databasePort) {
        ProcessHandle database = ProcessHandle.allProcesses()
                .filter(process -> process.info().command().filter(command -> command.endsWith("/mariadbd")).isPresent())
                .filter(process -> process.info().arguments()
                        .map(arguments -> Arrays.asList(arguments).contains("--port=" + databasePort)).orElse(false))
                .findFirst()
                .orElseThrow(() -> new BenchmarkFailure("no mariadbd process on port " + databasePort));
        return new CpuMeter(server.javaProcess(), database);
    }

    /** CPU time so far of each process, in nanoseconds. */
    long[] read() {
        return processes.stream()
                .mapToLong(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .toArray();
    }

    /** What each process used between two readings. */
    static long[] used(long[] before, long[] after) {
        long[] used = new long[before.length];
        for (int i = 0; i < used.length; i++) {
            used[i] = after[i] - before[i];
        }
        return used;
    }

    static long[] sum(long[] first, long[] second) {
        long[] sum = new long[first.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = first[i] + second[i];
        }
        return sum;
    }

    static PerOperation perOperation(long[] used, long operations) {
        double divisor = Math.max(1, operations) * 1e6;
        return new PerOperation(used[0] / divisor, used[1] / divisor, used[2] / divisor);
    }
}
