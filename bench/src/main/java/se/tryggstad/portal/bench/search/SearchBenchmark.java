package se.tryggstad.portal.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Version;

import se.tryggstad.portal.bench.search.QueryMix.BenchmarkQuery;
import se.tryggstad.portal.devserver.FileTrees;
import se.tryggstad.portal.search.api.SearchHit;
import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchResult;
import se.tryggstad.portal.search.lucene.LuceneIndex;
import se.tryggstad.portal.search.lucene.LuceneSearchService;
import se.tryggstad.portal.search.lucene.PortalAnalyzers;
import se.tryggstad.portal.search.lucene.PortalQueryBuilder;

/**
 * Prints how fast the portal's Lucene index takes in synthetic documents, and how long the portal's
 * search service takes per query next to the bare Lucene search of the same query, for each index
 * size. Compares the figures with the targets and says PASS or MISS, but fails only if it cannot run.
 * Configured by the system properties that {@code bench/pom.xml} passes; see {@code bench/README.md}.
 */
public final class SearchBenchmark {

    private static final int QUERY_COUNT = 1_000;
    private static final int PAGE_SIZE = 10;
    /** The stored field DocumentMapper keeps {@code IndexDocument.uid} in; IndexFields is not public. */
    private static final String UID_FIELD = "uid";

    private static final double MIN_DOCS_PER_SECOND = 2_000;
    private static final double P50_FACTOR_OVER_RAW = 1.5;
    private static final double P50_ALLOWANCE_OVER_RAW_MS = 2;
    private static final double MAX_P99_MS = 50;
    private static final int P99_TARGET_DOCUMENTS = 1_000_000;
    private static final int P99_TARGET_CORES = 2;

    private static final double MIB = 1024 * 1024;
    /** How many of the slowest queries the log names, to show what the p99 is made of. */
    private static final int SLOWEST_SHOWN = 12;
    private static final double NANOS_PER_SECOND = 1e9;

    /**
     * Held so that its level sticks (the JDK keeps loggers only weakly): a fresh index makes
     * LuceneIndex warn that it needs a rebuild, which is exactly what comes next.
     */
    private static final Logger SEARCH_LOGGER = Logger.getLogger("se.tryggstad.portal.search");

    private final Settings settings;

    /** What to do and where, from the {@code bench.*} system properties. */
    record Settings(List<Integer> sizes, Path workDir, boolean reuseIndex) {

        static Settings fromSystemProperties() {
            String sizes = System.getProperty("bench.search.sizes", "100000,1000000");
            boolean reuseIndex = Boolean.parseBoolean(System.getProperty("bench.search.reuse", "false"));
            String workDir = System.getProperty("bench.work.dir");
            if (workDir == null || workDir.isBlank()) {
                throw new IllegalArgumentException("system property bench.work.dir is not set; run ./mvnw -Pbench verify");
            }
            return new Settings(parseSizes(sizes), Path.of(workDir).toAbsolutePath(), reuseIndex);
        }

        private static List<Integer> parseSizes(String sizes) {
            List<Integer> parsed = new ArrayList<>();
            for (String size : sizes.split(",")) {
                OptionalInt documents = positiveNumber(size);
                if (documents.isEmpty()) {
                    throw new IllegalArgumentException("bench.search.sizes is a comma-separated list of document counts,"
                            + " e.g. 100000,1000000; not '" + sizes + "'");
                }
                parsed.add(documents.getAsInt());
            }
            return List.copyOf(parsed);
        }

        /** "100000" or "100_000". */
        private static OptionalInt positiveNumber(String text) {
            try {
                int number = Integer.parseInt(text.strip().replace("_", ""));
                return number > 0 ? OptionalInt.of(number) : OptionalInt.empty();
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
    }

    /** The figures for one index size; the load averages are from before indexing and after the timed searches. */
    private record SizeResult(int documents, double indexingSeconds, long indexBytes, Latencies portal, Latencies raw,
                              int sameFirstPages, String loadBefore, String loadAfter) {

        boolean indexed() {
            return !Double.isNaN(indexingSeconds);
        }

        double docsPerSecond() {
            return documents / indexingSeconds;
        }

        double p50Limit() {
            return P50_FACTOR_OVER_RAW * raw.p50() + P50_ALLOWANCE_OVER_RAW_MS;
        }
    }

    private SearchBenchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        SEARCH_LOGGER.setLevel(Level.SEVERE);
        Settings settings;
        try {
            settings = Settings.fromSystemProperties();
        } catch (IllegalArgumentException e) {
            System.err.println("[bench] FAILED: " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            new SearchBenchmark(settings).run();
        } catch (IOException | RuntimeException e) {
            System.err.println("[bench] FAILED: the search benchmark could not run");
            e.printStackTrace();
            System.exit(1);
        }
    }

    private void run() throws IOException {
        List<BenchmarkQuery> queries = QueryMix.of(QUERY_COUNT);
        log("search benchmark: sizes " + settings.sizes().stream().map(SearchBenchmark::grouped)
                .collect(Collectors.joining(", ")) + "; " + describe(queries));
        List<SizeResult> results = new ArrayList<>();
        for (int documents : settings.sizes()) {
            results.add(measure(documents, queries));
        }
        report(queries, results);
    }

    private SizeResult measure(int documents, List<BenchmarkQuery> queries) throws IOException {
        Path root = settings.workDir().resolve("search-index-" + documents);
        PortalAnalyzers analyzers = PortalAnalyzers.defaults();
        String loadBefore = loadAverage();
        double indexingSeconds;
        if (settings.reuseIndex() && holds(root, documents, analyzers)) {
            log(grouped(documents) + ": reusing the index in " + root + " (bench.search.reuse); no indexing figure");
            indexingSeconds = Double.NaN;
        } else {
            FileTrees.delete(root);
            logGenerationAlone(documents);
            indexingSeconds = index(documents, root, analyzers, loadBefore);
        }
        long indexBytes = sizeOnDisk(root);
        SearchFigures search = search(documents, root, analyzers, indexBytes, queries);
        return new SizeResult(documents, indexingSeconds, indexBytes, search.portal(), search.raw(),
                search.sameFirstPages(), loadBefore, search.loadAfter());
    }

    /** Whether the folder holds a sound index of exactly this many documents, from an earlier run. */
    private static boolean holds(Path root, int documents, PortalAnalyzers analyzers) throws IOException {
        if (!Files.isDirectory(root)) {
            return false;
        }
        try (LuceneIndex index = LuceneIndex.open(root, analyzers)) {
            return !index.needsRebuild() && index.documentCount() == documents;
        }
    }

    /** Builds the index from scratch and returns how long that took, in seconds. */
    private static double index(int documents, Path root, PortalAnalyzers analyzers, String load) throws IOException {
        log(String.format(Locale.ROOT, "%s: indexing into %s with LuceneIndex.rebuild (load average %s)",
                grouped(documents), root, load));
        double seconds;
        long closing;
        try (LuceneIndex index = LuceneIndex.open(root, analyzers)) {
            long start = System.nanoTime();
            long indexed = index.rebuild(SyntheticDocuments.first(documents), progressLog(documents, start));
            seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
            if (indexed != documents) {
                throw new IllegalStateException("the rebuild indexed " + indexed + " documents, not " + documents);
            }
            log(String.format(Locale.ROOT, "%s: indexed in %.1f s, %s docs/s", grouped(documents), seconds,
                    grouped(Math.round(documents / seconds))));
            closing = System.nanoTime();
        }
        // closing waits for the merges still running, so that none of them competes with the timed searches
        log(String.format(Locale.ROOT, "%s: background merges finished, index closed in %.1f s", grouped(documents),
                (System.nanoTime() - closing) / NANOS_PER_SECOND));
        return seconds;
    }

    private record SearchFigures(Latencies portal, Latencies raw, int sameFirstPages, String loadAfter) {
    }

    /** Searches the index as a portal finds it after a restart: opened from disk, checksums verified. */
    private static SearchFigures search(int documents, Path root, PortalAnalyzers analyzers, long indexBytes,
                                        List<BenchmarkQuery> queries) throws IOException {
        long opening = System.nanoTime();
        try (LuceneIndex index = LuceneIndex.open(root, analyzers)) {
            log(String.format(Locale.ROOT, "%s: reopened in %.1f s (%.0f MiB on disk)", grouped(documents),
                    (System.nanoTime() - opening) / NANOS_PER_SECOND, indexBytes / MIB));
            int found = index.documentCount();
            if (index.needsRebuild() || found != documents) {
                throw new IllegalStateException("the reopened index holds " + found + " documents, not " + documents);
            }
            LuceneSearchService service = new LuceneSearchService(index);
            List<SearchQuery> portalQueries = queries.stream()
                    .map(query -> new SearchQuery(query.text(), Set.of(), 0, PAGE_SIZE, query.viewer()))
                    .toList();
            List<Query> rawQueries = rawQueries(index, queries);

            FirstPages firstPages = warmUpAndCompare(index, service, portalQueries, rawQueries);
            double meanMatches = (double) firstPages.matches() / queries.size();
            log(String.format(Locale.ROOT, "%s: warm-up pass done; same top %d in %d of %d queries; %d without any hit;"
                            + " %s matches per query on average (%.0f %% of the index)", grouped(documents), PAGE_SIZE,
                    firstPages.same(), queries.size(), firstPages.withoutHits(), grouped(Math.round(meanMatches)),
                    100 * meanMatches / documents));
            TimedPass timed = timeInterleaved(index, service, portalQueries, rawQueries);
            Latencies portal = Latencies.of(timed.portalNanos());
            Latencies raw = Latencies.of(timed.rawNanos());
            String loadAfter = loadAverage();
            log(String.format(Locale.ROOT, "%s: portal p50 %.2f ms, p99 %.2f ms, max %.2f ms | raw p50 %.2f ms,"
                            + " p99 %.2f ms, max %.2f ms (load average %s)", grouped(documents),
                    portal.p50(), portal.p99(), portal.max(), raw.p50(), raw.p99(), raw.max(), loadAfter));
            logByKind(documents, queries, timed);
            return new SearchFigures(portal, raw, firstPages.same(), loadAfter);
        }
    }

    /** Making the documents is part of the indexing time; this says how big a part. */
    private static void logGenerationAlone(int documents) {
        long start = System.nanoTime();
        long bodyCharacters = SyntheticDocuments.first(documents).mapToLong(document -> document.body().length()).sum();
        double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
        log(String.format(Locale.ROOT, "%s: generating the documents alone takes %.1f s (mean body %d characters)",
                grouped(documents), seconds, bodyCharacters / documents));
    }

    private static LongConsumer progressLog(int documents, long start) {
        long step = Math.max(100, documents / 10 / 100 * 100);
        long[] lastLogged = {0};
        return done -> {
            if (done - lastLogged[0] >= step) {
                lastLogged[0] = done;
                double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
                log(String.format(Locale.ROOT, "%s: %s indexed, %s docs/s so far", grouped(documents), grouped(done),
                        grouped(Math.round(done / seconds))));
            }
        };
    }

    /**
     * The raw baseline: for each query the very Query the portal searches its hits with (text, synonyms,
     * compound parts, fuzzy and prefix alternatives, audience filter), built once here with the
     * portal's own builder so that building is not timed.
     */
    private static List<Query> rawQueries(LuceneIndex index, List<BenchmarkQuery> queries) throws IOException {
        PortalQueryBuilder builder = new PortalQueryBuilder(index.analyzers());
        return index.withSearcher(searcher -> {
            List<Query> built = new ArrayList<>(queries.size());
            for (BenchmarkQuery query : queries) {
                built.add(builder.build(query.text(), Set.of(), query.viewer(), searcher).forHits());
            }
            return built;
        });
    }

    /** What the warm-up pass found: first pages alike, queries without hits, and all matches summed. */
    private record FirstPages(int same, int withoutHits, long matches) {
    }

    /** One untimed pass of the mix through both, which also checks that they find the same first page. */
    private static FirstPages warmUpAndCompare(LuceneIndex index, LuceneSearchService service,
                                               List<SearchQuery> portalQueries, List<Query> rawQueries) throws IOException {
        int same = 0;
        int withoutHits = 0;
        long matches = 0;
        for (int i = 0; i < portalQueries.size(); i++) {
            SearchResult result = service.search(portalQueries.get(i));
            if (result.total() == 0) {
                withoutHits++;
            }
            List<String> portalPage = result.hits().stream().map(SearchHit::uid).toList();
            Query raw = rawQueries.get(i);
            // the portal counts exactly only up to a limit: the exact figure for the log, untimed
            matches += index.withSearcher(searcher -> searcher.count(raw));
            List<String> rawPage = index.withSearcher(searcher -> {
                TopDocs top = searcher.search(raw, PAGE_SIZE);
                StoredFields storedFields = searcher.storedFields();
                List<String> uids = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    uids.add(storedFields.document(hit.doc, Set.of(UID_FIELD)).get(UID_FIELD));
                }
                return uids;
            });
            if (portalPage.equals(rawPage)) {
                same++;
            }
        }
        return new FirstPages(same, withoutHits, matches);
    }

    private record TimedPass(long[] portalNanos, long[] rawNanos) {
    }

    /**
     * Each query through the portal and raw, one right after the other, so that both meet the same
     * load from whatever else runs on the machine; which goes first alternates, so that neither
     * always finds the other's postings fresh in the CPU caches.
     */
    private static TimedPass timeInterleaved(LuceneIndex index, LuceneSearchService service,
                                             List<SearchQuery> portalQueries, List<Query> rawQueries) throws IOException {
        long[] portalNanos = new long[portalQueries.size()];
        long[] rawNanos = new long[rawQueries.size()];
        // so that the timed pass does not pay for the garbage of the warm-up
        System.gc();
        for (int i = 0; i < portalNanos.length; i++) {
            if (i % 2 == 0) {
                portalNanos[i] = timePortal(service, portalQueries.get(i));
                rawNanos[i] = timeRaw(index, rawQueries.get(i));
            } else {
                rawNanos[i] = timeRaw(index, rawQueries.get(i));
                portalNanos[i] = timePortal(service, portalQueries.get(i));
            }
        }
        return new TimedPass(portalNanos, rawNanos);
    }

    /** Which kinds of query the time goes to. */
    private static void logByKind(int documents, List<BenchmarkQuery> queries, TimedPass timed) {
        List<String> kinds = new ArrayList<>();
        for (QueryMix.Kind kind : QueryMix.Kind.values()) {
            int[] ofKind = IntStream.range(0, queries.size()).filter(i -> queries.get(i).kind() == kind).toArray();
            if (ofKind.length == 0) {
                continue;
            }
            Latencies portal = Latencies.of(Arrays.stream(ofKind).mapToLong(i -> timed.portalNanos()[i]).toArray());
            Latencies raw = Latencies.of(Arrays.stream(ofKind).mapToLong(i -> timed.rawNanos()[i]).toArray());
            kinds.add(String.format(Locale.ROOT, "%s %.1f/%.1f, %.1f/%.1f", kind.description,
                    portal.p50(), raw.p50(), portal.p99(), raw.p99()));
        }
        log(grouped(documents) + ": by kind, portal/raw p50, p99 ms: " + String.join("; ", kinds));
        String slowest = IntStream.range(0, queries.size()).boxed()
                .sorted((a, b) -> Long.compare(timed.portalNanos()[b], timed.portalNanos()[a]))
                .limit(SLOWEST_SHOWN)
                .map(i -> String.format(Locale.ROOT, "\"%s\"%s %.0f/%.0f", queries.get(i).text(),
                        queries.get(i).byStaff() ? " (staff)" : "", timed.portalNanos()[i] / 1e6,
                        timed.rawNanos()[i] / 1e6))
                .collect(Collectors.joining("; "));
        log(grouped(documents) + ": slowest, portal/raw ms: " + slowest);
    }

    private static long timePortal(LuceneSearchService service, SearchQuery query) {
        long start = System.nanoTime();
        service.search(query);
        return System.nanoTime() - start;
    }

    /** Only the search is timed, not taking and releasing the searcher. */
    private static long timeRaw(LuceneIndex index, Query query) throws IOException {
        return index.withSearcher(searcher -> {
            long start = System.nanoTime();
            searcher.search(query, PAGE_SIZE);
            return System.nanoTime() - start;
        });
    }

    private static void report(List<BenchmarkQuery> queries, List<SizeResult> results) {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.println();
        System.out.printf(Locale.ROOT, "== Trygg stad search benchmark (%d cores, max heap %.0f MiB, Lucene %s) ==%n",
                cores, Runtime.getRuntime().maxMemory() / MIB, Version.LATEST);
        System.out.println("indexing : LuceneIndex.rebuild(Stream, progress): one writer, built aside, one commit");
        System.out.println("mix      : " + describe(queries) + ", page size " + PAGE_SIZE);
        System.out.println("portal   : LuceneSearchService.search(SearchQuery): query, hits, type counts, snippets, suggestion");
        System.out.println("raw      : IndexSearcher.search(query, " + PAGE_SIZE + ") with the Query the portal builds for its hits");
        System.out.println("timing   : after one warm-up pass of the mix; portal and raw interleaved query by query");
        System.out.println();
        String figures = "%9s | %14s | %10s | %-27s | %-27s | %14s | %-11s | %s%n";
        System.out.printf(Locale.ROOT, figures, "documents", "indexing", "index size", "portal p50 / p99 / mean ms",
                "raw p50 / p99 / mean ms", "p50 portal/raw", "same top " + PAGE_SIZE, "load average");
        for (SizeResult result : results) {
            System.out.printf(Locale.ROOT, figures,
                    grouped(result.documents()), indexingFigure(result),
                    String.format(Locale.ROOT, "%.0f MiB", result.indexBytes() / MIB),
                    latencies(result.portal()), latencies(result.raw()),
                    String.format(Locale.ROOT, "%.1fx", result.portal().p50() / result.raw().p50()),
                    result.sameFirstPages() + "/" + queries.size(),
                    result.loadBefore() + " -> " + result.loadAfter());
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "targets (p99 is set for %s documents on %d cores; this machine has %d)%n",
                grouped(P99_TARGET_DOCUMENTS), P99_TARGET_CORES, cores);
        String targets = "%9s | %-26s | %-38s | %s%n";
        System.out.printf(Locale.ROOT, targets, "documents",
                "indexing >= " + grouped(Math.round(MIN_DOCS_PER_SECOND)) + " docs/s",
                String.format(Locale.ROOT, "p50 portal <= %.1f x raw p50 + %.0f ms", P50_FACTOR_OVER_RAW,
                        P50_ALLOWANCE_OVER_RAW_MS),
                String.format(Locale.ROOT, "p99 portal < %.0f ms", MAX_P99_MS));
        for (SizeResult result : results) {
            boolean p50Met = result.portal().p50() <= result.p50Limit();
            System.out.printf(Locale.ROOT, targets,
                    grouped(result.documents()),
                    result.indexed()
                            ? verdict(result.docsPerSecond() >= MIN_DOCS_PER_SECOND, indexingFigure(result))
                            : "not measured (reused)",
                    verdict(p50Met, String.format(Locale.ROOT, "%.2f %s %.2f ms", result.portal().p50(),
                            p50Met ? "<=" : ">", result.p50Limit())),
                    verdict(result.portal().p99() < MAX_P99_MS, String.format(Locale.ROOT, "%.2f ms", result.portal().p99())));
        }
        System.out.println();
    }

    private static String latencies(Latencies latencies) {
        return String.format(Locale.ROOT, "%7.2f / %7.2f / %7.2f", latencies.p50(), latencies.p99(), latencies.mean());
    }

    private static String indexingFigure(SizeResult result) {
        return result.indexed() ? grouped(Math.round(result.docsPerSecond())) + " docs/s" : "reused";
    }

    private static String verdict(boolean met, String figure) {
        return (met ? "PASS" : "MISS") + " (" + figure + ")";
    }

    /** The 1-minute load average: other work on the machine skews every figure. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 2)[0];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static String describe(List<BenchmarkQuery> queries) {
        Map<QueryMix.Kind, Integer> byKind = QueryMix.countByKind(queries);
        long byStaff = queries.stream().filter(BenchmarkQuery::byStaff).count();
        return queries.size() + " queries (" + Arrays.stream(QueryMix.Kind.values())
                .map(kind -> byKind.getOrDefault(kind, 0) + " " + kind.description)
                .collect(Collectors.joining(", "))
                + "; " + byStaff + " as staff, " + (queries.size() - byStaff) + " anonymous)";
    }

    private static long sizeOnDisk(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            long bytes = 0;
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isRegularFile(path)) {
                    bytes += Files.size(path);
                }
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1000000 as "1 000 000", as Swedish texts write it. */
    private static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number).replace(',', ' ');
    }

    private static void log(String message) {
        System.out.println("[bench] " + message);
    }
}
