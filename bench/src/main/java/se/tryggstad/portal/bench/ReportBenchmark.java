package se.tryggstad.portal.bench;

import se.tryggstad.portal.bench.floor.ReportRows;
import se.tryggstad.portal.devserver.EmbeddedMariaDb;
import se.tryggstad.portal.devserver.FileTrees;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submitting trygghetsrapporter under load, and what survives a crash.
 * <ol>
 *   <li>Throughput and latency of {@code POST /api/reports} from N concurrent clients, next to raw JDBC
 *       inserts of the same rows (report, first status, search outbox row; one transaction each) by N
 *       threads on the same MariaDB in the same run. Phases alternate, portal first.</li>
 *   <li>Durability: N clients submit, the server's JVM is killed with SIGKILL mid-load and started
 *       again; every report that was answered with a reference number must be there and be found by
 *       search.</li>
 * </ol>
 * Prints figures and PASS/MISS against the targets; asserts nothing else.
 */
public final class ReportBenchmark {

    private static final String DATABASE = "trygg";
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"(TR-[0-9]{4}-[0-9]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*([0-9]+)");
    private static final String[] CATEGORIES = {"belysning", "klotter", "nedskrapning", "skadegorelse", "otrygg-plats"};
    private static final Duration SEARCHABLE_DEADLINE = Duration.ofMinutes(3);
    /** How long the durability load runs before the SIGKILL: the load itself, not a wait for a condition. */
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(8);
    /** Pause between search rounds while waiting (with SEARCHABLE_DEADLINE) for every report to be found. */
    private static final Duration SEARCH_POLL = Duration.ofMillis(500);
    private static final Duration OUTBOX_DRAIN_DEADLINE = Duration.ofMinutes(5);
    private static final Duration JIT_DRAIN_DEADLINE = Duration.ofMinutes(5);
    private static final int STEADY_TOLERANCE_PERCENT = 10;
    private static final int MAX_WARM_UP_PHASES = 15;

    private final int clients;
    private final Duration phase;
    private final Duration warmUp;
    private final int rounds;
    private final Path workDir;
    /** A small file Undertow serves without the application: the cheapest request there is. */
    private static final String STATIC_FLOOR_PATH = "/resources/js/quick-exit.js";
    /** The report categories as JSON: JAX-RS, JSON-B and one read, no write. */
    private static final String READ_FLOOR_PATH = "/api/reports/categories";
    /** The portal's report JSON into the raw side's rows: the stack's cost of a write, without the portal's. */
    private static final String WRITE_FLOOR_PATH = "/bench-write-floor/reports";

    private final Path wildFlyHome;
    private final Path ear;
    /** The write floor's WAR (module {@code bench/write-floor}), deployed next to the portal. */
    private final Path floorWar;
    private final AtomicLong sequence = new AtomicLong();
    /** Of the server first started; the phases run on it (the restart after the crash measures no phase). */
    private CpuMeter cpu;

    private ReportBenchmark() {
        clients = Integer.parseInt(System.getProperty("bench.reports.clients", "50"));
        phase = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.reports.seconds", "20")));
        warmUp = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.reports.warmup.seconds", "240")));
        rounds = Integer.parseInt(System.getProperty("bench.reports.rounds", "2"));
        workDir = Path.of(System.getProperty("bench.work.dir")).toAbsolutePath();
        wildFlyHome = Path.of(System.getProperty("bench.portal.wildfly")).toAbsolutePath();
        ear = Path.of(System.getProperty("bench.portal.ear")).toAbsolutePath();
        floorWar = Path.of(System.getProperty("bench.floor.war")).toAbsolutePath();
    }

    public static void main(String[] args) {
        try {
            new ReportBenchmark().run();
        } catch (BenchmarkFailure e) {
            System.err.println("[bench] FAILED: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("[bench] FAILED unexpectedly");
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        Path dbDir = workDir.resolve("reports-mariadb");
        FileTrees.delete(dbDir);
        int dbPort = PortalServer.freePort();
        log("starting MariaDB on port " + dbPort);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dbDir, dbPort, DATABASE);
        // the driver settings of the portal's datasource (wildfly-config's configure.cli)
        String jdbcUrl = "jdbc:mariadb://127.0.0.1:" + dbPort + "/" + DATABASE + "?useServerPrepStmts=true&prepStmtCacheSize=100";
        Map<String, String> env = new HashMap<>(Map.of(
                "MARIADB_HOST", "127.0.0.1", "MARIADB_PORT", String.valueOf(dbPort), "MARIADB_DATABASE", DATABASE,
                "MARIADB_USER", "trygg", "MARIADB_PASSWORD", "embedded", "MARIADB_POOL_SIZE", String.valueOf(clients + 10),
                // the benchmark is one address sending thousands of reports: lift the per-address limit
                "TRYGG_REPORT_RATE_LIMIT_SUBMITS", "1000000000"));
        String requestThreads = System.getProperty("bench.reports.request.threads", "");
        if (!requestThreads.isBlank()) {
            env.put("TRYGG_REQUEST_THREADS", requestThreads);
        }
        Path baseDir = workDir.resolve("servers").resolve("reports");
        try (db) {
            PortalServer server = PortalServer.start(wildFlyHome, List.of(ear, floorWar), baseDir, true, env);
            cpu = CpuMeter.of(server, dbPort);
            List<Figures> portal = new ArrayList<>();
            List<Figures> raw = new ArrayList<>();
            LoadClient http = new LoadClient(clients);
            try {
                Duration warmedUp = warmUp(server, http, jdbcUrl);
                for (int round = 1; round <= rounds; round++) {
                    portal.add(portalPhase(server, http, phase));
                    awaitIndexed(jdbcUrl);
                    raw.add(rawPhase(jdbcUrl, phase));
                    awaitIndexed(jdbcUrl);
                    log(String.format("round %d/%d: portal %s | raw JDBC %s", round, rounds,
                            portal.get(portal.size() - 1), raw.get(raw.size() - 1)));
                }
                // after the rounds: a floor's new code paths would otherwise be compiled during a round
                Figures staticFloor = floorPhase(server, http, STATIC_FLOOR_PATH, phase);
                Figures readFloor = floorPhase(server, http, READ_FLOOR_PATH, phase);
                Figures writeFloor = writeFloor(server, http, jdbcUrl);
                log("floors: static file " + staticFloor + " | JAX-RS read " + readFloor + " | JAX-RS write " + writeFloor);
                printThroughput(portal, raw, warmedUp);
                printFloors(staticFloor, readFloor, writeFloor, merged(raw));

                Durability durability = crashUnderLoad(server, http);
                server = PortalServer.start(wildFlyHome, List.of(ear, floorWar), baseDir, false, env);
                printDurability(durability, server, http);
            } finally {
                http.close();
                server.close();
            }
        }
    }

    /** One timed phase: the figures of one side. */
    private record Figures(long operations, long failures, Duration took, Percentiles latencies, long[] cpuNanos) {

        double perSecond() {
            return operations / (took.toNanos() / 1e9);
        }

        CpuMeter.PerOperation cpu() {
            return CpuMeter.perOperation(cpuNanos, operations);
        }

        @Override
        public String toString() {
            return String.format("%,.0f/s, p50 %.2f ms, p99 %.2f ms, %d failed, %s", perSecond(),
                    latencies.percentile(50), latencies.percentile(99), failures, cpu());
        }
    }

    private Figures portalPhase(PortalServer server, LoadClient http, Duration length) throws Exception {
        return reportPhase(server, http, "/api/reports", length);
    }

    /** Reports posted to {@code path} for the phase's length; only a 201 counts. */
    private Figures reportPhase(PortalServer server, LoadClient http, String path, Duration length) throws Exception {
        URI uri = server.uri(path);
        return timed(length, () -> {
            LoadClient.Answer answer = http.postJson(uri, reportJson("Bänken är trasig igen " + uniqueWord()));
            if (answer.status() != 201) {
                throw new IllegalStateException("HTTP " + answer.status() + " for " + path + ": " + answer.body());
            }
        });
    }

    /**
     * Waits until the server has indexed every outbox row: a phase must not pay for the indexing of
     * the phase before (the raw phase's rows are indexed by the server too).
     */
    private static void awaitIndexed(String jdbcUrl) throws Exception {
        long start = System.nanoTime();
        long deadline = start + OUTBOX_DRAIN_DEADLINE.toNanos();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "trygg", "embedded");
             PreparedStatement pending = connection.prepareStatement("SELECT COUNT(*) FROM srch_outbox")) {
            while (true) {
                try (ResultSet rows = pending.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        break;
                    }
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new BenchmarkFailure("the search outbox still holds rows after " + OUTBOX_DRAIN_DEADLINE);
                }
                Thread.sleep(SEARCH_POLL.toMillis());
            }
        }
        log(String.format("outbox indexed in %.1f s", (System.nanoTime() - start) / 1e9));
    }

    /**
     * Brings both sides to their steady state before anything is measured. The server: phases of load
     * until one answers within {@value #STEADY_TOLERANCE_PERCENT} % of the one before (at least
     * {@code bench.reports.warmup.seconds} of load, at most {@value #MAX_WARM_UP_PHASES} phases), the
     * JIT queue worked off after each. This JVM's raw JDBC side: one phase.
     */
    private Duration warmUp(PortalServer server, LoadClient http, String jdbcUrl) throws Exception {
        log("warm-up: raw JDBC for " + phase.toSeconds() + " s (this JVM compiles its side too)");
        rawPhase(jdbcUrl, phase);
        awaitIndexed(jdbcUrl);
        Duration loaded = Duration.ZERO;
        double before = 0;
        for (int n = 1; n <= MAX_WARM_UP_PHASES; n++) {
            Figures figures = portalPhase(server, http, phase);
            loaded = loaded.plus(phase);
            log("warm-up " + n + ": portal " + figures);
            awaitIndexed(jdbcUrl);
            awaitJitDone(server);
            double rate = figures.perSecond();
            boolean steady = Math.abs(rate - before) <= before * STEADY_TOLERANCE_PERCENT / 100.0;
            if (steady && loaded.compareTo(warmUp) >= 0) {
                return loaded;
            }
            before = rate;
        }
        log("warm-up: not steady after " + MAX_WARM_UP_PHASES + " phases; measuring anyway");
        return loaded;
    }

    /**
     * A long-running server has compiled its hot paths; one two minutes old on 2 busy cores has not:
     * its C2 compiler thread gets a sliver of a core while 50 clients keep the request threads busy,
     * and hundreds of methods wait. The benchmark measures the running server, so it lets the JIT
     * finish (without load) before it measures, and says how long that took.
     */
    private static void awaitJitDone(PortalServer server) throws InterruptedException {
        long start = System.nanoTime();
        int queued = server.awaitJitQueueDrained(JIT_DRAIN_DEADLINE);
        log(String.format("server JIT queue: %d methods, compiled in %.1f s", queued, (System.nanoTime() - start) / 1e9));
    }

    /**
     * The same clients on a request that writes nothing: what this server answers at most on this
     * machine, whatever the report endpoint does.
     */
    private Figures floorPhase(PortalServer server, LoadClient http, String path, Duration length) throws Exception {
        URI uri = server.uri(path);
        return timed(length, () -> {
            LoadClient.Answer answer = http.get(uri);
            if (answer.status() != 200) {
                throw new IllegalStateException("HTTP " + answer.status() + " for " + path);
            }
        });
    }

    /**
     * The write floor: the same clients and JSON on a bare JAX-RS endpoint that writes the raw side's
     * rows through the portal's datasource in a JTA transaction. One phase warms its code paths and is
     * dropped; the second is measured.
     */
    private Figures writeFloor(PortalServer server, LoadClient http, String jdbcUrl) throws Exception {
        log("write floor, warming: " + reportPhase(server, http, WRITE_FLOOR_PATH, phase));
        awaitIndexed(jdbcUrl);
        server.awaitJitQueueDrained(JIT_DRAIN_DEADLINE);
        Figures measured = reportPhase(server, http, WRITE_FLOOR_PATH, phase);
        awaitIndexed(jdbcUrl);
        return measured;
    }

    private Figures rawPhase(String jdbcUrl, Duration length) throws Exception {
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection connection = DriverManager.getConnection(jdbcUrl, "trygg", "embedded");
                connection.setAutoCommit(false);
                return connection;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<Connection> opened = Collections.synchronizedList(new ArrayList<>());
        try {
            return timed(length, () -> {
                Connection connection = connections.get();
                if (!opened.contains(connection)) {
                    opened.add(connection);
                }
                insertRawReport(connection, "Bänken är trasig igen " + uniqueWord());
                connection.commit();
            });
        } finally {
            for (Connection connection : opened) {
                connection.close();
            }
        }
    }

    /** The rows one submitted report writes, as the write floor writes them (the caller commits). */
    private void insertRawReport(Connection connection, String description) throws SQLException {
        long n = sequence.incrementAndGet();
        ReportRows.insert(connection, "raw", CATEGORIES[(int) (n % CATEGORIES.length)],
                59.36 + ThreadLocalRandom.current().nextDouble() * 0.02, 17.99 + ThreadLocalRandom.current().nextDouble() * 0.04,
                "Råsundavägen " + (n % 150), description);
    }

    private interface Operation {
        void run() throws Exception;
    }

    private Figures timed(Duration length, Operation operation) throws Exception {
        QuietMachine.await();
        long[] cpuBefore = cpu.read();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() - deadline < 0) {
                    long before = System.nanoTime();
                    try {
                        operation.run();
                        nanos.add(System.nanoTime() - before);
                    } catch (Exception e) {
                        if (failures.incrementAndGet() == 1) {
                            log("first failure: " + e);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long[] cpuUsed = CpuMeter.used(cpuBefore, cpu.read());
        pool.shutdown();
        return new Figures(nanos.size(), failures.get(), took, Percentiles.of(nanos), cpuUsed);
    }

    private void printFloors(Figures staticFloor, Figures readFloor, Figures writeFloor, Figures raw) {
        System.out.printf("floors   : the same clients on requests without the portal's report code, one phase each%n");
        System.out.printf("  GET %-42s | %,9.0f/s | p50 %6.2f ms | %.2fx raw%n", STATIC_FLOOR_PATH + " (static)",
                staticFloor.perSecond(), staticFloor.latencies().percentile(50), staticFloor.perSecond() / raw.perSecond());
        System.out.printf("  GET %-42s | %,9.0f/s | p50 %6.2f ms | %.2fx raw%n", READ_FLOOR_PATH + " (JAX-RS)",
                readFloor.perSecond(), readFloor.latencies().percentile(50), readFloor.perSecond() / raw.perSecond());
        System.out.printf("  POST %-41s | %,9.0f/s | p50 %6.2f ms | %.2fx raw | p99 %.2f ms%n",
                WRITE_FLOOR_PATH + " (JAX-RS write)", writeFloor.perSecond(), writeFloor.latencies().percentile(50),
                writeFloor.perSecond() / raw.perSecond(), writeFloor.latencies().percentile(99));
        System.out.printf("  write floor %s%n", writeFloor.cpu());
    }

    private void printThroughput(List<Figures> portal, List<Figures> raw, Duration warmedUp) {
        Figures p = merged(portal);
        Figures r = merged(raw);
        double ratio = p.perSecond() / r.perSecond();
        System.out.println();
        System.out.println("Trygghetsrapporter: POST /api/reports vs raw JDBC inserts of the same rows");
        System.out.printf("clients  : %d concurrent, %d rounds of %d s each side (after %d s of warm-up load)%n",
                clients, rounds, phase.toSeconds(), warmedUp.toSeconds());
        System.out.println("side     |   reports/s | p50 ms | p99 ms | failed");
        System.out.printf("portal   | %,11.0f | %6.2f | %6.2f | %d%n", p.perSecond(), p.latencies().percentile(50),
                p.latencies().percentile(99), p.failures());
        System.out.printf("raw JDBC | %,11.0f | %6.2f | %6.2f | %d%n", r.perSecond(), r.latencies().percentile(50),
                r.latencies().percentile(99), r.failures());
        System.out.printf("CPU      : per report, portal %s | raw JDBC %s%n", p.cpu(), r.cpu());
        System.out.printf("targets  : throughput >= 0.5x raw: %s (%.2fx); portal p99 < 100 ms: %s (%.2f ms)%n",
                ratio >= 0.5 ? "PASS" : "MISS", ratio, p.latencies().percentile(99) < 100 ? "PASS" : "MISS",
                p.latencies().percentile(99));
    }

    private static Figures merged(List<Figures> phases) {
        long operations = phases.stream().mapToLong(Figures::operations).sum();
        long failures = phases.stream().mapToLong(Figures::failures).sum();
        Duration took = phases.stream().map(Figures::took).reduce(Duration.ZERO, Duration::plus);
        long[] cpuNanos = phases.stream().map(Figures::cpuNanos).reduce(CpuMeter::sum).orElseThrow();
        return new Figures(operations, failures, took, Percentiles.merge(phases.stream().map(Figures::latencies).toList()),
                cpuNanos);
    }

    /** What the clients were told before and around the crash. */
    private record Durability(Map<String, String> acknowledged, long unanswered) {
    }

    private Durability crashUnderLoad(PortalServer server, LoadClient http) throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicLong unanswered = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        log("durability: " + clients + " clients submit, then the server's JVM gets SIGKILL");
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                while (true) {
                    String word = uniqueWord();
                    try {
                        LoadClient.Answer answer = http.postJson(server.uri("/api/reports"),
                                reportJson("Lampan vid porten är släckt " + word));
                        Matcher reference = REFERENCE.matcher(answer.body());
                        if (answer.status() == 201 && reference.find()) {
                            acknowledged.put(reference.group(1), word);
                        }
                    } catch (IOException connectionLost) {
                        unanswered.incrementAndGet();
                        return null;
                    }
                }
            }));
        }
        Thread.sleep(LOAD_BEFORE_KILL.toMillis());
        int beforeKill = acknowledged.size();
        server.kill();
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        log("killed after " + beforeKill + " acknowledged reports; " + acknowledged.size() + " acknowledged in all, "
                + unanswered.get() + " requests lost their connection");
        return new Durability(Map.copyOf(acknowledged), unanswered.get());
    }

    private void printDurability(Durability durability, PortalServer server, LoadClient http) throws Exception {
        long present = 0;
        List<String> missing = new ArrayList<>();
        for (String reference : durability.acknowledged().keySet()) {
            int status = http.get(server.uri("/api/reports/" + reference)).status();
            if (status == 200) {
                present++;
            } else {
                missing.add(reference + " (HTTP " + status + ")");
            }
        }
        long start = System.nanoTime();
        List<String> unfound = new ArrayList<>(durability.acknowledged().keySet());
        while (!unfound.isEmpty() && System.nanoTime() - start < SEARCHABLE_DEADLINE.toNanos()) {
            List<String> still = new ArrayList<>();
            for (String reference : unfound) {
                if (!found(server, http, durability.acknowledged().get(reference))) {
                    still.add(reference);
                }
            }
            unfound = still;
            if (!unfound.isEmpty()) {
                Thread.sleep(SEARCH_POLL.toMillis());
            }
        }
        Duration searchable = Duration.ofNanos(System.nanoTime() - start);
        System.out.println();
        System.out.println("Durability: SIGKILL of the server's JVM under " + clients + " clients, then a restart");
        System.out.printf("acknowledged (201 with a reference) : %d%n", durability.acknowledged().size());
        System.out.printf("present after the restart            : %d %s%n", present, missing.isEmpty() ? "" : missing);
        System.out.printf("searchable after the restart         : %d (all within %.1f s of the restart's first 200)%n",
                durability.acknowledged().size() - unfound.size(), searchable.toMillis() / 1000.0);
        System.out.printf("target   : every acknowledged report present and searchable: %s%n",
                !durability.acknowledged().isEmpty() && missing.isEmpty() && unfound.isEmpty() ? "PASS" : "MISS");
    }

    private static boolean found(PortalServer server, LoadClient http, String word) throws Exception {
        LoadClient.Answer answer = http.get(server.uri("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)
                + "&type=report"));
        Matcher total = TOTAL.matcher(answer.body());
        return answer.status() == 200 && total.find() && Long.parseLong(total.group(1)) > 0;
    }

    private String reportJson(String description) {
        long n = sequence.incrementAndGet();
        return "{\"category\":\"" + CATEGORIES[(int) (n % CATEGORIES.length)] + "\",\"latitude\":"
                + (59.36 + ThreadLocalRandom.current().nextDouble() * 0.02)
                + ",\"longitude\":" + (17.99 + ThreadLocalRandom.current().nextDouble() * 0.04)
                + ",\"place\":\"Råsundavägen " + (n % 150) + "\",\"description\":\"" + description
                + "\",\"unsafeTimes\":[\"KVALL\"],\"unsafeDays\":[\"FRIDAY\",\"SATURDAY\"],\"language\":\"sv\"}";
    }

    /** Ten random letters: no other word of the run is within fuzzy reach of it. */
    private String uniqueWord() {
        StringBuilder word = new StringBuilder("q");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }
}
