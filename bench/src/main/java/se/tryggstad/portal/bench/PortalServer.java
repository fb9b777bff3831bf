package se.tryggstad.portal.bench;

import se.tryggstad.portal.devserver.FileTrees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The configured portal WildFly with the EAR, on ports shifted by 700 (HTTP 8780), clear of the dev server and of parallel IT runs, for load benchmarks. */
final class PortalServer implements AutoCloseable {

    private static final int PORT_OFFSET = 700;
    private static final int HTTP_PORT = 8080 + PORT_OFFSET;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration JIT_POLL = Duration.ofMillis(500);

    private final WildFlyProcess process;

    private PortalServer(WildFlyProcess process) {
        this.process = process;
    }

    /**
     * Starts the server with the archives (the EAR first) deployed, and waits for {@code /api/health}
     * to answer 200. {@code fresh} empties the base dir first; otherwise the server starts on what a
     * previous (perhaps killed) one left there.
     */
    static PortalServer start(Path wildFlyHome, List<Path> archives, Path baseDir, boolean fresh, Map<String, String> env)
            throws InterruptedException {
        requireFree(HTTP_PORT);
        if (fresh) {
            try {
                FileTrees.delete(baseDir);
                FileTrees.copy(wildFlyHome.resolve("standalone/configuration"), baseDir.resolve("configuration"));
                Path deployments = Files.createDirectories(baseDir.resolve("deployments"));
                for (Path archive : archives) {
                    Files.copy(archive, deployments.resolve(archive.getFileName()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        WildFlyProcess process = WildFlyProcess.start("portal", wildFlyHome, baseDir, PORT_OFFSET, env);
        try {
            Duration ready = process.awaitFirst200(URI.create("http://127.0.0.1:" + HTTP_PORT + "/api/health"), READY_TIMEOUT);
            ReportBenchmark.log(String.format("portal up in %.1f s", ready.toMillis() / 1000.0));
        } catch (RuntimeException | InterruptedException e) {
            process.close();
            throw e;
        }
        return new PortalServer(process);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + HTTP_PORT + path);
    }

    /**
     * Waits, without load, until the server's JIT compilers have worked off their queue (at most
     * {@code timeout}); returns how many methods were queued at first.
     */
    int awaitJitQueueDrained(Duration timeout) throws InterruptedException {
        int queued = process.jitQueueLength();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int left = queued; left > 0; left = process.jitQueueLength()) {
            if (System.nanoTime() - deadline > 0) {
                throw new BenchmarkFailure("the server's JIT queue still held methods after " + timeout);
            }
            Thread.sleep(JIT_POLL.toMillis());
        }
        return queued;
    }

    /** The server's JVM (below standalone.sh). */
    ProcessHandle javaProcess() {
        return process.javaProcess();
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no flush, like a power cut to the process. */
    void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }

    /** Another server on the port would answer the health check and be measured instead. */
    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException inUse) {
            throw new BenchmarkFailure("port " + port + " is in use: is another benchmark's server still running?", inUse);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
