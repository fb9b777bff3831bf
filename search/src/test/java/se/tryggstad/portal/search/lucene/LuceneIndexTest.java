package se.tryggstad.portal.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.tryggstad.portal.search.lucene.TestDocuments.ANALYZERS;
import static se.tryggstad.portal.search.lucene.TestDocuments.search;
import static se.tryggstad.portal.search.lucene.TestDocuments.swedish;
import static se.tryggstad.portal.search.lucene.TestDocuments.uids;
import static se.tryggstad.portal.search.lucene.TestDocuments.withVersion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;
import se.tryggstad.portal.search.api.SearchResult;
import se.tryggstad.portal.search.api.Viewer;

class LuceneIndexTest {

    private static final IndexDocument LAMP = swedish("report:1", DocumentType.REPORT, "Trasig lampa", "Lampan är släckt.");
    private static final IndexDocument GRAFFITI = swedish("report:2", DocumentType.REPORT, "Klotter", "Klotter i tunneln.");

    @Test
    void anOlderVersionNeverOverwritesANewerOne() throws IOException {
        try (LuceneIndex index = LuceneIndex.inMemory(ANALYZERS)) {
            index.apply(List.of(IndexChange.upsert(withVersion(LAMP, 2, "Trasig lampa vid torget"))));

            LuceneIndex.AppliedChanges stale = index.apply(List.of(IndexChange.upsert(withVersion(LAMP, 1, "Gammal rubrik"))));

            assertEquals(new LuceneIndex.AppliedChanges(0, 1), stale);
            assertEquals("Trasig lampa vid torget", title(index, "lampa"));
        }
    }

    @Test
    void theSameVersionAgainIsAppliedAgain() throws IOException {
        try (LuceneIndex index = LuceneIndex.inMemory(ANALYZERS)) {
            index.apply(List.of(IndexChange.upsert(LAMP)));

            assertEquals(new LuceneIndex.AppliedChanges(1, 0), index.apply(List.of(IndexChange.upsert(LAMP))));
            assertEquals(1, index.documentCount());
        }
    }

    @Test
    void withinOneBatchTheNewestVersionWins() throws IOException {
        try (LuceneIndex index = LuceneIndex.inMemory(ANALYZERS)) {
            LuceneIndex.AppliedChanges applied = index.apply(List.of(
                    IndexChange.upsert(withVersion(LAMP, 1, "Lampa ett")),
                    IndexChange.upsert(withVersion(LAMP, 3, "Lampa tre")),
                    IndexChange.upsert(withVersion(LAMP, 2, "Lampa två"))));

            assertEquals(new LuceneIndex.AppliedChanges(2, 1), applied);
            assertEquals("Lampa tre", title(index, "lampa"));
        }
    }

    @Test
    void aDeleteRemovesTheDocumentAndAnOlderUpsertCannotBringItBack() throws IOException {
        try (LuceneIndex index = TestDocuments.indexOf(LAMP, GRAFFITI)) {
            index.apply(List.of(IndexChange.delete(LAMP.uid(), 2)));

            assertEquals(0, search(index, "lampa", Viewer.anonymous()).total());
            assertEquals(1, index.documentCount());

            index.apply(List.of(IndexChange.upsert(withVersion(LAMP, 1, "Trasig lampa"))));
            assertEquals(0, search(index, "lampa", Viewer.anonymous()).total(), "the delete was newer");

            index.apply(List.of(IndexChange.upsert(withVersion(LAMP, 3, "Ny trasig lampa"))));
            assertEquals("Ny trasig lampa", title(index, "lampa"));
        }
    }

    @Test
    void anOlderDeleteIsIgnored() throws IOException {
        try (LuceneIndex index = LuceneIndex.inMemory(ANALYZERS)) {
            index.apply(List.of(IndexChange.upsert(withVersion(LAMP, 5, "Trasig lampa"))));

            assertEquals(new LuceneIndex.AppliedChanges(0, 1), index.apply(List.of(IndexChange.delete(LAMP.uid(), 4))));
            assertEquals(1, search(index, "lampa", Viewer.anonymous()).total());
        }
    }

    @Test
    void aRebuildReplacesTheContentWhileSearchesKeepSeeingTheOldIndex() throws IOException {
        IndexDocument bench = swedish("report:3", DocumentType.REPORT, "Trasig bänk", "Bänken är sönder.");
        IndexDocument litter = swedish("report:4", DocumentType.REPORT, "Skräp", "Skräp i parken.");
        IndexDocument appliedMeanwhile = swedish("report:5", DocumentType.REPORT, "Trasig gunga", "Gungan är sönder.");
        List<Long> progress = new ArrayList<>();
        try (LuceneIndex index = TestDocuments.indexOf(LAMP, GRAFFITI)) {
            Stream<IndexDocument> source = Stream.of(bench, litter).peek(document -> {
                if (document == litter) {
                    assertEquals(List.of("report:1"), uids(searchUnchecked(index, "lampa")), "the old index, mid-rebuild");
                    assertEquals(0, searchUnchecked(index, "bänk").total(), "the new index is not visible yet");
                    applyUnchecked(index, IndexChange.upsert(appliedMeanwhile));
                }
            });

            long count = index.rebuild(source, progress::add);

            assertEquals(2, count);
            assertEquals(List.of(2L), progress);
            assertEquals(0, search(index, "lampa", Viewer.anonymous()).total());
            assertEquals(List.of("report:3"), uids(search(index, "bänk", Viewer.anonymous())));
            assertEquals(List.of("report:5"), uids(search(index, "gunga", Viewer.anonymous())),
                    "a change applied during the rebuild is not lost");
            assertFalse(index.needsRebuild());
        }
    }

    @Test
    void aRebuildTakesEachSourcesDocumentsAsItIndexesThemInsteadOfHoldingThemAll() throws IOException {
        AtomicInteger produced = new AtomicInteger();
        Stream<IndexDocument> reports = IntStream.range(0, 1_000).mapToObj(n -> {
            produced.incrementAndGet();
            return swedish("report:" + (100 + n), DocumentType.REPORT, "Trasig lampa " + n, "Lampan är trasig.");
        });
        List<Integer> producedButNotIndexed = new ArrayList<>();
        try (LuceneIndex index = LuceneIndex.inMemory(ANALYZERS)) {
            long count = index.rebuild(Stream.of(Stream.of(GRAFFITI), reports).flatMap(source -> source),
                    indexed -> producedButNotIndexed.add((int) (1 + produced.get() - indexed)));

            assertEquals(1_001, count);
            assertTrue(producedButNotIndexed.stream().allMatch(ahead -> ahead <= 1),
                    "documents read ahead of the index writer: " + producedButNotIndexed);
        }
    }

    @Test
    void aFailedRebuildLeavesTheOldIndexAsItWas() throws IOException {
        try (LuceneIndex index = TestDocuments.indexOf(LAMP, GRAFFITI)) {
            Stream<IndexDocument> failing = Stream.of(GRAFFITI, LAMP).peek(document -> {
                if (document == LAMP) {
                    throw new IllegalStateException("the database went away");
                }
            });

            assertThrows(IllegalStateException.class, () -> index.rebuild(failing, done -> { }));

            assertEquals(2, index.documentCount());
            index.apply(List.of(IndexChange.delete(GRAFFITI.uid(), 2)));
            assertEquals(1, index.documentCount(), "and it still takes changes");
        }
    }

    @Test
    void onlyOneRebuildRunsAtATime() throws IOException {
        try (LuceneIndex index = TestDocuments.indexOf(LAMP)) {
            AtomicBoolean refused = new AtomicBoolean();
            Stream<IndexDocument> source = Stream.of(GRAFFITI).peek(document ->
                    refused.set(assertThrows(IllegalStateException.class,
                            () -> index.rebuild(Stream.of(LAMP), done -> { })) != null));

            index.rebuild(source, done -> { });

            assertTrue(refused.get());
        }
    }

    @Test
    void searchesRunningDuringARebuildNeverFail() throws Exception {
        List<IndexDocument> before = numbered("Gammal lampa", 20);
        List<IndexDocument> after = numbered("Ny lampa", 120);
        try (LuceneIndex index = TestDocuments.indexOf(before.toArray(IndexDocument[]::new))) {
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger searches = new AtomicInteger();
            CountDownLatch searchedDuringRebuild = new CountDownLatch(20);
            AtomicLong searchesBeforeSwap = new AtomicLong();
            Thread searcher = new Thread(() -> {
                while (running.get()) {
                    try {
                        SearchResult result = search(index, "lampa", Viewer.anonymous());
                        if (result.total() != before.size() && result.total() != after.size()) {
                            failures.add(new AssertionError("a half-built index: " + result.total()));
                        }
                        searches.incrementAndGet();
                        searchedDuringRebuild.countDown();
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
            searcher.start();

            index.rebuild(after.stream().peek(document -> {
                if (document == after.get(after.size() / 2)) {
                    awaitUnchecked(searchedDuringRebuild);
                    searchesBeforeSwap.set(searches.get());
                }
            }), done -> { });
            int target = searches.get() + 20;
            while (searches.get() < target && failures.isEmpty() && searcher.isAlive()) {
                Thread.onSpinWait();
            }
            running.set(false);
            searcher.join(TimeUnit.SECONDS.toMillis(10));

            assertEquals(List.of(), failures);
            assertTrue(searchesBeforeSwap.get() >= 20);
            assertEquals(after.size(), search(index, "lampa", Viewer.anonymous()).total());
        }
    }

    @Test
    void aNewIndexOnDiskNeedsARebuildAndKeepsItsContentAcrossRestarts(@TempDir Path folder) throws IOException {
        Path root = folder.resolve("search-index");
        try (LuceneIndex index = LuceneIndex.open(root, ANALYZERS)) {
            assertTrue(index.needsRebuild());
            index.rebuild(Stream.of(LAMP, GRAFFITI), done -> { });
            index.apply(List.of(IndexChange.delete(GRAFFITI.uid(), 2)));
        }

        try (LuceneIndex reopened = LuceneIndex.open(root, ANALYZERS)) {
            assertFalse(reopened.needsRebuild());
            assertEquals(1, reopened.documentCount());
            assertEquals(List.of("report:1"), uids(search(reopened, "lampa", Viewer.anonymous())));
        }
    }

    @Test
    void aRebuildOnDiskSwapsGenerationsAndRemovesTheOldOne(@TempDir Path root) throws IOException {
        try (LuceneIndex index = LuceneIndex.open(root, ANALYZERS)) {
            index.rebuild(Stream.of(LAMP), done -> { });
            String first = Files.readString(root.resolve("ACTIVE"));

            index.rebuild(Stream.of(GRAFFITI), done -> { });

            String second = Files.readString(root.resolve("ACTIVE"));
            assertFalse(first.equals(second));
            assertEquals(List.of(second), generations(root));
            assertEquals(List.of("report:2"), uids(search(index, "klotter", Viewer.anonymous())));
        }
    }

    @Test
    void aDamagedIndexOpensEmptyAndNeedsARebuild(@TempDir Path root) throws IOException {
        try (LuceneIndex index = LuceneIndex.open(root, ANALYZERS)) {
            index.rebuild(Stream.of(LAMP, GRAFFITI), done -> { });
        }
        Path generation = root.resolve(Files.readString(root.resolve("ACTIVE")));
        try (Stream<Path> files = Files.list(generation)) {
            for (Path file : files.filter(file -> !file.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, "not a Lucene file".getBytes(StandardCharsets.UTF_8));
            }
        }

        try (LuceneIndex recovered = LuceneIndex.open(root, ANALYZERS)) {
            assertTrue(recovered.needsRebuild());
            assertEquals(0, recovered.documentCount());
            assertEquals(0, search(recovered, "lampa", Viewer.anonymous()).total());
            recovered.apply(List.of(IndexChange.upsert(LAMP)));
            assertEquals(1, recovered.documentCount());
            assertFalse(Files.exists(generation), "the damaged generation is removed");
        }
    }

    @Test
    void aPointerToNoIndexOpensEmptyAndNeedsARebuild(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("ACTIVE"), "../../etc");

        try (LuceneIndex index = LuceneIndex.open(root, ANALYZERS)) {
            assertTrue(index.needsRebuild());
            assertEquals(0, index.documentCount());
        }
    }

    @Test
    void anIndexInUseByAnotherProcessIsLeftAlone(@TempDir Path root) throws IOException {
        try (LuceneIndex index = LuceneIndex.open(root, ANALYZERS)) {
            index.rebuild(Stream.of(LAMP), done -> { });

            assertThrows(LockObtainFailedException.class, () -> LuceneIndex.open(root, ANALYZERS));

            assertEquals(1, index.documentCount());
        }
    }

    @Test
    void aClosedIndexRefusesWork() throws IOException {
        LuceneIndex index = TestDocuments.indexOf(LAMP);
        index.close();

        assertThrows(AlreadyClosedException.class, () -> index.documentCount());
        assertThrows(AlreadyClosedException.class, () -> index.apply(List.of(IndexChange.upsert(GRAFFITI))));
    }

    private static String title(LuceneIndex index, String text) throws IOException {
        return search(index, text, Viewer.anonymous()).hits().get(0).title();
    }

    private static List<IndexDocument> numbered(String title, int count) {
        List<IndexDocument> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(swedish("report:" + title.hashCode() + "-" + i, DocumentType.REPORT, title + " " + i,
                    "Lampan nummer " + i + " är trasig."));
        }
        return documents;
    }

    private static List<String> generations(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).map(child -> child.getFileName().toString()).toList();
        }
    }

    private static SearchResult searchUnchecked(LuceneIndex index, String text) {
        try {
            return search(index, text, Viewer.anonymous());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void applyUnchecked(LuceneIndex index, IndexChange change) {
        try {
            index.apply(List.of(change));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void awaitUnchecked(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "the searching thread never searched");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
