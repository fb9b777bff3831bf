package se.tryggstad.portal.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

import se.tryggstad.portal.search.api.IndexDocument;

/**
 * The Lucene index: one writer, many concurrent searches.
 *
 * <p>Changes come in through {@link #apply(List)} (one thread at a time; calls are serialised),
 * which commits and then refreshes the searcher; searches never refresh, they take the searcher
 * the last {@code apply} left. {@link #rebuild(Stream, LongConsumer)} builds a complete new index
 * aside and swaps it in atomically; searches go on against the old one until the swap.
 *
 * <p>Opening never fails because of the index itself: a missing, empty or damaged index is replaced
 * by an empty one, and {@link #needsRebuild()} says so.
 */
public final class LuceneIndex implements Closeable {

    /** Work done with a searcher that is released afterwards. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** What {@link #apply(List)} did: changes written, and changes skipped as older than the index. */
    public record AppliedChanges(int applied, int skippedAsStale) {
    }

    private static final Logger LOG = Logger.getLogger(LuceneIndex.class.getName());
    private static final int PROGRESS_INTERVAL = 100;
    private static final double REBUILD_BUFFER_MB = 64;

    private final IndexStorage storage;
    private final PortalAnalyzers analyzers;
    private final DocumentMapper mapper = new DocumentMapper();
    /**
     * Searches one query on all cores: a common word in a large index is otherwise one core's long
     * walk through its postings. Null on one core, where the caller's thread is all there is.
     */
    private final ExecutorService sliceSearches;
    private final SearcherFactory searcherFactory;
    /** Serialises everything that writes: apply, the swap at the end of a rebuild, reopen, close. */
    private final Object writeLock = new Object();
    /** Not a lock: a rebuild started from inside another one (same thread) must be refused too. */
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    private volatile Generation active;
    private volatile boolean needsRebuild;
    private volatile boolean closed;
    /** While a rebuild runs: the changes applied meanwhile, replayed on the new index before the swap. */
    private List<IndexChange> changesDuringRebuild;

    private LuceneIndex(IndexStorage storage, PortalAnalyzers analyzers) throws IOException {
        this.storage = storage;
        this.analyzers = analyzers;
        this.sliceSearches = sliceSearchThreads();
        this.searcherFactory = sliceSearches == null ? new SearcherFactory() : new SlicedSearcherFactory(sliceSearches);
        try {
            this.active = openOrRecover(storage.active());
        } catch (IOException | RuntimeException e) {
            stopSliceSearches();
            throw e;
        }
        storage.removeAllBut(active.location);
    }

    /**
     * Opens the index kept under {@code root} (a folder of its own; created if missing). Throws only
     * if that folder cannot be created or written, or another process holds the index's lock.
     */
    public static LuceneIndex open(Path root, PortalAnalyzers analyzers) throws IOException {
        return new LuceneIndex(new FileSystemIndexStorage(root), analyzers);
    }

    /** An index in memory ({@code ByteBuffersDirectory}), for tests. */
    public static LuceneIndex inMemory(PortalAnalyzers analyzers) {
        try {
            return new LuceneIndex(new InMemoryIndexStorage(), analyzers);
        } catch (IOException e) {
            throw new IllegalStateException("an index in memory cannot fail to open", e);
        }
    }

    /**
     * True when the index was started empty because it was missing, empty or damaged, until a
     * {@link #rebuild} completes. Searches work meanwhile, over whatever has been applied since.
     */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    public PortalAnalyzers analyzers() {
        return analyzers;
    }

    /**
     * Applies the changes in order, commits, and makes them visible to searches. An upsert or delete
     * whose version is lower than the version the index holds for its uid is skipped; an equal
     * version is applied again, so repeating a batch is harmless. A delete keeps a tombstone with its
     * version, so a late, older upsert cannot bring the document back.
     */
    public AppliedChanges apply(List<? extends IndexChange> changes) throws IOException {
        Objects.requireNonNull(changes, "changes");
        synchronized (writeLock) {
            Generation generation = writableGeneration();
            if (changesDuringRebuild != null) {
                changesDuringRebuild.addAll(changes);
            }
            AppliedChanges result = applyTo(generation, changes);
            generation.writer.commit();
            generation.searchers.maybeRefreshBlocking();
            return result;
        }
    }

    /**
     * Runs {@code work} with the current searcher and releases it afterwards. Many threads may search
     * at once, also during {@link #apply} and {@link #rebuild}.
     */
    public <T> T withSearcher(SearcherFunction<T> work) throws IOException {
        while (true) {
            Generation generation = active;
            IndexSearcher searcher;
            try {
                searcher = generation.searchers.acquire();
            } catch (AlreadyClosedException e) {
                if (generation == active) {
                    throw e;
                }
                // a rebuild swapped generations between reading it and acquiring: use the new one
                continue;
            }
            try {
                return work.apply(searcher);
            } finally {
                generation.searchers.release(searcher);
            }
        }
    }

    /** The number of documents in the index (deleted ones not counted). */
    public int documentCount() throws IOException {
        return withSearcher(searcher -> searcher.count(new FieldExistsQuery(IndexFields.TYPE)));
    }

    /**
     * Replaces the whole index by {@code documents} (consumed and closed here) without interrupting
     * searches: the new index is built aside and swapped in atomically when complete; changes applied
     * while it was built are replayed on it first (with the version guard), so none is lost. If
     * anything fails, the old index stays as it was.
     *
     * @param progress told how many documents are done, every {@value #PROGRESS_INTERVAL} and at the end
     * @return the number of documents indexed
     * @throws IllegalStateException if a rebuild is already running
     */
    public long rebuild(Stream<IndexDocument> documents, LongConsumer progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        if (!rebuilding.compareAndSet(false, true)) {
            documents.close();
            throw new IllegalStateException("a rebuild of the search index is already running");
        }
        try (documents) {
            ensureOpen();
            synchronized (writeLock) {
                changesDuringRebuild = new ArrayList<>();
            }
            try {
                return buildAsideAndSwapIn(documents, progress);
            } finally {
                synchronized (writeLock) {
                    changesDuringRebuild = null;
                }
            }
        } finally {
            rebuilding.set(false);
        }
    }

    /** Commits and closes. Searches still running finish on the searcher they hold. */
    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                active.close();
            } finally {
                stopSliceSearches();
            }
        }
    }

    private void stopSliceSearches() {
        if (sliceSearches != null) {
            sliceSearches.shutdown();
        }
    }

    /**
     * As many threads as cores, for the slices of one search; the searching thread takes a slice
     * itself. Daemon threads, so that an index nobody closed does not keep a JVM alive.
     */
    private static ExecutorService sliceSearchThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2) {
            return null;
        }
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(cores, work -> {
            Thread thread = new Thread(work, "search-slice-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Searchers that split each search over the segments in slices, one task per slice. */
    private static final class SlicedSearcherFactory extends SearcherFactory {

        private final ExecutorService executor;

        SlicedSearcherFactory(ExecutorService executor) {
            this.executor = executor;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new IndexSearcher(reader, executor);
        }
    }

    private long buildAsideAndSwapIn(Stream<IndexDocument> documents, LongConsumer progress) throws IOException {
        IndexStorage.Location aside = storage.createAside();
        Generation fresh = null;
        AtomicLong count = new AtomicLong();
        try {
            IndexWriter writer = new IndexWriter(aside.directory(),
                    writerConfig(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(REBUILD_BUFFER_MB));
            try {
                // pushed, not pulled: an iterator over a flatMap holds each inner stream whole, which for
                // the reports of a large city was more than the heap
                documents.forEachOrdered(document -> {
                    add(writer, document);
                    long added = count.incrementAndGet();
                    if (added % PROGRESS_INTERVAL == 0) {
                        progress.accept(added);
                    }
                });
                writer.commit();
                fresh = new Generation(aside, writer, new SearcherManager(writer, searcherFactory));
            } finally {
                if (fresh == null) {
                    writer.rollback();
                }
            }
            swapIn(fresh);
        } catch (IOException | RuntimeException e) {
            if (fresh != null) {
                fresh.closeQuietly();
            }
            storage.discard(aside);
            if (e instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw e;
        }
        progress.accept(count.get());
        return count.get();
    }

    private void add(IndexWriter writer, IndexDocument document) {
        try {
            writer.updateDocument(new Term(IndexFields.UID, document.uid()), mapper.toDocument(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void swapIn(Generation fresh) throws IOException {
        synchronized (writeLock) {
            ensureOpen();
            applyTo(fresh, changesDuringRebuild);
            fresh.writer.commit();
            fresh.searchers.maybeRefreshBlocking();
            storage.activate(fresh.location);
            Generation old = active;
            active = fresh;
            needsRebuild = false;
            old.closeQuietly();
            storage.discard(old.location);
        }
    }

    /** The active generation, reopened first if its writer died (e.g. the disk was full). */
    private Generation writableGeneration() throws IOException {
        ensureOpen();
        Generation generation = active;
        if (!generation.writer.isOpen()) {
            LOG.log(Level.WARNING, "The search index writer had failed; reopening the index.",
                    generation.writer.getTragicException());
            generation.closeQuietly();
            active = openOrRecover(Optional.of(generation.location));
            generation = active;
        }
        return generation;
    }

    private AppliedChanges applyTo(Generation generation, List<? extends IndexChange> changes) throws IOException {
        int applied = 0;
        int stale = 0;
        Map<String, Long> versionsWritten = new HashMap<>();
        IndexSearcher searcher = generation.searchers.acquire();
        try {
            for (IndexChange change : changes) {
                Long written = versionsWritten.get(change.uid());
                OptionalLong indexed = written != null ? OptionalLong.of(written)
                        : indexedVersion(searcher.getIndexReader(), change.uid());
                if (indexed.isPresent() && change.version() < indexed.getAsLong()) {
                    stale++;
                    continue;
                }
                generation.writer.updateDocument(new Term(IndexFields.UID, change.uid()), toDocument(change));
                versionsWritten.put(change.uid(), change.version());
                applied++;
            }
        } finally {
            generation.searchers.release(searcher);
        }
        return new AppliedChanges(applied, stale);
    }

    private Document toDocument(IndexChange change) {
        if (change instanceof IndexChange.Upsert upsert) {
            return mapper.toDocument(upsert.document());
        }
        return mapper.tombstone(change.uid(), change.version());
    }

    /** The version of {@code uid} in the index, of a live document or a tombstone. */
    private static OptionalLong indexedVersion(IndexReader reader, String uid) throws IOException {
        BytesRef key = new BytesRef(uid);
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            Terms terms = leaf.terms(IndexFields.UID);
            if (terms == null) {
                continue;
            }
            TermsEnum termsEnum = terms.iterator();
            if (!termsEnum.seekExact(key)) {
                continue;
            }
            PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
            Bits live = leaf.getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                NumericDocValues versions = leaf.getNumericDocValues(IndexFields.VERSION);
                if (versions != null && versions.advanceExact(doc)) {
                    return OptionalLong.of(versions.longValue());
                }
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Opens the given generation; if there is none, or it is empty or damaged, starts a new empty
     * one instead and marks the index as needing a rebuild.
     */
    private Generation openOrRecover(Optional<IndexStorage.Location> existing) throws IOException {
        if (existing.isPresent()) {
            IndexStorage.Location location = existing.get();
            try {
                boolean hasIndex = DirectoryReader.indexExists(location.directory());
                if (hasIndex) {
                    verify(location);
                }
                Generation generation = openGeneration(location, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
                if (!hasIndex) {
                    LOG.warning("The search index is empty; it needs a rebuild.");
                    needsRebuild = true;
                }
                return generation;
            } catch (LockObtainFailedException e) {
                // another process writes this index: starting over would destroy its work
                IOUtils.closeWhileHandlingException(location.directory());
                throw e;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE,
                        "The search index is damaged; starting with an empty index that needs a rebuild.", e);
                storage.discard(location);
            }
        } else {
            LOG.warning("There is no search index yet; starting with an empty index that needs a rebuild.");
        }
        IndexStorage.Location fresh = storage.createAside();
        Generation generation = openGeneration(fresh, IndexWriterConfig.OpenMode.CREATE);
        generation.writer.commit();
        storage.activate(fresh);
        needsRebuild = true;
        return generation;
    }

    /** Reads every file's checksum, so that damage shows now rather than in the middle of a search. */
    private static void verify(IndexStorage.Location location) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(location.directory())) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        }
    }

    private Generation openGeneration(IndexStorage.Location location, IndexWriterConfig.OpenMode mode)
            throws IOException {
        IndexWriter writer = new IndexWriter(location.directory(), writerConfig(mode));
        try {
            return new Generation(location, writer, new SearcherManager(writer, searcherFactory));
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    private IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzers.forIndexing()).setOpenMode(mode);
    }

    private void ensureOpen() {
        if (closed) {
            throw new AlreadyClosedException("the search index is closed");
        }
    }

    /** One index directory with its writer and the searchers over it. */
    private static final class Generation implements Closeable {

        final IndexStorage.Location location;
        final IndexWriter writer;
        final SearcherManager searchers;

        Generation(IndexStorage.Location location, IndexWriter writer, SearcherManager searchers) {
            this.location = location;
            this.writer = writer;
            this.searchers = searchers;
        }

        @Override
        public void close() throws IOException {
            IOUtils.close(searchers, writer, location.directory());
        }

        void closeQuietly() {
            IOUtils.closeWhileHandlingException(searchers, writer);
        }
    }
}
