package se.tryggstad.portal.bench;

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

    private final Path wildFlyHome;
    private final Path ear;
    private final AtomicLong sequence = new AtomicLong();

    private ReportBenchmark() {
        clients = Integer.parseInt(System.getProperty("bench.reports.clients", "50"));
        phase = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.reports.seconds", "20")));
        warmUp = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.reports.warmup.seconds", "240")));
        rounds = Integer.parseInt(System.getProperty("bench.reports.rounds", "2"));
        workDir = Path.of(System.getProperty("bench.work.dir")).toAbsolutePath();
        wildFlyHome = Path.of(System.getProperty("bench.portal.wildfly")).toAbsolutePath();
        ear = Path.of(System.getProperty("bench.portal.ear")).toAbsolutePath();
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
            PortalServer server = PortalServer.start(wildFlyHome, ear, baseDir, true, env);
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
                log("floors: static file " + staticFloor + " | JAX-RS read " + readFloor);
                printThroughput(portal, raw, warmedUp);
                printFloors(staticFloor, readFloor, merged(raw));

                Durability durability = crashUnderLoad(server, http);
                server = PortalServer.start(wildFlyHome, ear, baseDir, false, env);
                printDurability(durability, server, http);
            } finally {
                http.close();
                server.close();
            }
        }
    }

    /** One timed phase: the figures of one side. */
    private record Figures(long operations, long failures, Duration took, Percentiles latencies) {

        double perSecond() {
            return operations / (took.toNanos() / 1e9);
        }

        @Override
        public String toString() {
            return String.format("%,.0f/s, p50 %.2f ms, p99 %.2f ms, %d failed", perSecond(),
                    latencies.percentile(50), latencies.percentile(99), failures);
        }
    }

    private Figures portalPhase(PortalServer server, LoadClient http, Duration length) throws Exception {
        return timed(length, () -> {
            LoadClient.Answer answer = http.postJson(server.uri("/api/reports"), reportJson("Bänken är trasig igen " + uniqueWord()));
            if (answer.status() != 201) {
                throw new IllegalStateException("HTTP " + answer.status() + ": " + answer.body());
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
            });
        } finally {
            for (Connection connection : opened) {
                connection.close();
            }
        }
    }

    /** The rows one submitted report writes: the report, its first status and its search outbox row. */
    private void insertRawReport(Connection connection, String description) throws SQLException {
        long n = sequence.incrementAndGet();
        String category = CATEGORIES[(int) (n % CATEGORIES.length)];
        long reportId;
        try (PreparedStatement report = connection.prepareStatement("INSERT INTO rpt_report (version, reference, "
                + "token_hash, category_code, latitude, longitude, place, description, unsafe_times, unsafe_days, "
                + "contact_language, status, supporters, created_at, updated_at) VALUES (1, CONCAT('TR-2026-', "
                + "LPAD(NEXTVAL(rpt_reference_seq), 6, '0')), ?, ?, ?, ?, ?, ?, 'KVALL', 'FRIDAY,SATURDAY', 'sv', "
                + "'NEW', 0, NOW(6), NOW(6))", PreparedStatement.RETURN_GENERATED_KEYS)) {
            report.setString(1, randomHex(64));
            report.setString(2, category);
            report.setDouble(3, 59.36 + ThreadLocalRandom.current().nextDouble() * 0.02);
            report.setDouble(4, 17.99 + ThreadLocalRandom.current().nextDouble() * 0.04);
            report.setString(5, "Råsundavägen " + (n % 150));
            report.setString(6, description);
            report.executeUpdate();
            try (var keys = report.getGeneratedKeys()) {
                keys.next();
                reportId = keys.getLong(1);
            }
        }
        try (PreparedStatement status = connection.prepareStatement(
                "INSERT INTO rpt_status_change (report_id, status, changed_at) VALUES (?, 'NEW', NOW(6))")) {
            status.setLong(1, reportId);
            status.executeUpdate();
        }
        try (PreparedStatement outbox = connection.prepareStatement("INSERT INTO srch_outbox (uid, version, operation, "
                + "payload, created_at, next_attempt_at) VALUES (?, 1, 'UPSERT', ?, NOW(6), NOW(6))")) {
            outbox.setString(1, "report:raw-" + reportId);
            outbox.setString(2, indexDocument(reportId, category, description));
            outbox.executeUpdate();
        }
        connection.commit();
    }

    /** The outbox payload the portal writes for a report: an {@code IndexDocument} as JSON-B writes it. */
    private static String indexDocument(long reportId, String category, String description) {
        return "{\"uid\":\"report:raw-" + reportId + "\",\"type\":\"report\",\"title\":\"" + category
                + " – Råsundavägen\",\"body\":\"" + description + "\",\"language\":\"sv\",\"audiences\":"
                + "[{\"value\":\"PUBLIC\"}],\"tags\":[],\"facets\":{\"category\":\"" + category
                + "\",\"status\":\"NEW\"},\"geo\":{\"latitude\":59.37,\"longitude\":18.0},\"url\":"
                + "\"/rapporter.xhtml\",\"updated\":\"" + java.time.Instant.now() + "\",\"version\":1}";
    }

    private interface Operation {
        void run() throws Exception;
    }

    private Figures timed(Duration length, Operation operation) throws Exception {
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
        pool.shutdown();
        return new Figures(nanos.size(), failures.get(), took, Percentiles.of(nanos));
    }

    private void printFloors(Figures staticFloor, Figures readFloor, Figures raw) {
        System.out.printf("floors   : the same clients on requests that write nothing, one phase each%n");
        System.out.printf("  GET %-42s | %,9.0f/s | p50 %6.2f ms | %.2fx raw%n", STATIC_FLOOR_PATH + " (static)",
                staticFloor.perSecond(), staticFloor.latencies().percentile(50), staticFloor.perSecond() / raw.perSecond());
        System.out.printf("  GET %-42s | %,9.0f/s | p50 %6.2f ms | %.2fx raw%n", READ_FLOOR_PATH + " (JAX-RS)",
                readFloor.perSecond(), readFloor.latencies().percentile(50), readFloor.perSecond() / raw.perSecond());
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
        System.out.printf("targets  : throughput >= 0.5x raw: %s (%.2fx); portal p99 < 100 ms: %s (%.2f ms)%n",
                ratio >= 0.5 ? "PASS" : "MISS", ratio, p.latencies().percentile(99) < 100 ? "PASS" : "MISS",
                p.latencies().percentile(99));
    }

    private static Figures merged(List<Figures> phases) {
        long operations = phases.stream().mapToLong(Figures::operations).sum();
        long failures = phases.stream().mapToLong(Figures::failures).sum();
        Duration took = phases.stream().map(Figures::took).reduce(Duration.ZERO, Duration::plus);
        return new Figures(operations, failures, took, Percentiles.merge(phases.stream().map(Figures::latencies).toList()));
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

    private String randomHex(int length) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < length) {
            hex.append(Integer.toHexString(ThreadLocalRandom.current().nextInt(16)));
        }
        return hex.toString();
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }
}
