package se.tryggstad.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** One WildFly started by {@code standalone.sh}, its console in {@code console.log} of its base dir. */
final class WildFlyProcess implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final Process process;
    private final long startNanos;
    private final Path consoleLog;

    private WildFlyProcess(String name, Process process, long startNanos, Path consoleLog) {
        this.name = name;
        this.process = process;
        this.startNanos = startNanos;
        this.consoleLog = consoleLog;
    }

    static WildFlyProcess start(String name, Path home, Path baseDir, int portOffset, Map<String, String> env) {
        Path consoleLog = baseDir.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(
                home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset)
                .redirectErrorStream(true)
                .redirectOutput(consoleLog.toFile());
        Map<String, String> childEnv = builder.environment();
        childEnv.put("JBOSS_HOME", home.toString());
        // both servers on the benchmark's own JDK, whatever JAVA_HOME says
        childEnv.put("JAVA_HOME", System.getProperty("java.home"));
        // standalone.sh then waits for java and passes SIGTERM on to it
        childEnv.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        childEnv.putAll(env);
        long startNanos = System.nanoTime();
        try {
            return new WildFlyProcess(name, builder.start(), startNanos, consoleLog);
        } catch (IOException e) {
            throw new BenchmarkFailure("could not launch the " + name + " server from " + home, e);
        }
    }

    /** Polls {@code url} until it answers 200; returns the time since launch. */
    Duration awaitFirst200(URI url, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build();
        long deadline = startNanos + timeout.toNanos();
        String lastAnswer = "none";
        while (System.nanoTime() - deadline < 0) {
            if (!process.isAlive()) {
                throw new BenchmarkFailure("the " + name + " server exited with code " + process.exitValue()
                        + " before " + url + " answered 200; see " + consoleLog);
            }
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return Duration.ofNanos(System.nanoTime() - startNanos);
                }
                lastAnswer = "HTTP " + status;
            } catch (IOException notListeningYet) {
                lastAnswer = notListeningYet.getClass().getSimpleName();
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        throw new BenchmarkFailure("the " + name + " server gave no 200 on " + url + " within "
                + timeout.toSeconds() + " s (last answer: " + lastAnswer + "); see " + consoleLog);
    }

    ProcessHandle javaProcess() {
        return process.descendants()
                .filter(child -> child.info().command().filter(command -> command.endsWith("/java")).isPresent())
                .findFirst()
                .orElseThrow(() -> new BenchmarkFailure("no java process below the " + name + " server's standalone.sh"));
    }

    /** VmRSS of the server's JVM, the java process below standalone.sh. */
    long residentSetBytes() {
        ProcessHandle java = javaProcess();
        Path status = Path.of("/proc", String.valueOf(java.pid()), "status");
        try {
            String vmRss = Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .findFirst()
                    .orElseThrow(() -> new BenchmarkFailure("no VmRSS in " + status));
            // "VmRSS:	  612345 kB"
            return Long.parseLong(vmRss.replaceAll("\\D", "")) * 1024;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many methods wait for the server JVM's JIT compilers ({@code jcmd Compiler.queue}). Under load
     * on 2 cores the compiler threads get little CPU and the queue grows to hundreds of WildFly's
     * methods, which then run interpreted or in the profiling tier.
     */
    int jitQueueLength() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process query = new ProcessBuilder(jcmd.toString(), String.valueOf(javaProcess().pid()), "Compiler.queue")
                    .redirectErrorStream(true).start();
            String answer = new String(query.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (query.waitFor() != 0) {
                throw new BenchmarkFailure("jcmd Compiler.queue failed: " + answer);
            }
            boolean inQueue = false;
            int queued = 0;
            for (String line : answer.split("\n")) {
                if (line.endsWith("compile queue:")) {
                    inQueue = true;
                } else if (inQueue && !line.isBlank() && Character.isDigit(line.strip().charAt(0))) {
                    queued++;
                }
            }
            return queued;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted while asking for the JIT queue", e);
        }
    }

    /** SIGKILL to the server's JVM, then to the script that launched it; returns once both are gone. */
    void kill() {
        javaProcess().destroyForcibly();
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        ProcessTree.stop(process, STOP_TIMEOUT);
    }
}
