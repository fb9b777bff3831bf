package se.tryggstad.portal.search.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import se.tryggstad.portal.search.lucene.IndexChange;
import se.tryggstad.portal.search.lucene.LuceneIndex;
import se.tryggstad.portal.search.lucene.LuceneSearchService;
import se.tryggstad.portal.search.lucene.PortalAnalyzers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one Lucene index of this server: opened at start (empty and marked for rebuild when it is
 * missing or damaged; the portal then starts the rebuild), closed at shutdown. The poller writes
 * to it; searches read it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    SearchSettings settings;

    private volatile LuceneIndex index;
    private volatile LuceneSearchService search;

    @PostConstruct
    void open() {
        Path directory = settings.indexDirectory();
        try {
            PortalAnalyzers analyzers = withConfiguredSynonyms(PortalAnalyzers.defaults(), settings.synonyms());
            index = LuceneIndex.open(directory, analyzers);
            search = new LuceneSearchService(index);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index at " + directory + " cannot be opened", e);
        }
        LOG.info(() -> "Search index at " + directory
                + (index.needsRebuild() ? " is new or was damaged: it needs a rebuild." : "."));
    }

    private static PortalAnalyzers withConfiguredSynonyms(PortalAnalyzers analyzers, Optional<Path> file)
            throws IOException {
        if (file.isEmpty()) {
            return analyzers;
        }
        try (Reader rules = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            PortalAnalyzers configured = analyzers.withSynonyms(rules);
            configured.rejectedSynonymRules().forEach(rule -> LOG.warning(() -> "Synonym rule ignored: " + rule));
            return configured;
        }
    }

    public boolean isOpen() {
        return index != null;
    }

    public LuceneIndex.AppliedChanges apply(List<IndexChange> changes) {
        try {
            return index.apply(changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LuceneIndex index() {
        return index;
    }

    public LuceneSearchService search() {
        return search;
    }

    /** Lifecycle callbacks may not throw checked exceptions; a failed close is logged. */
    @PreDestroy
    void close() {
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The search index did not close cleanly; it is checked at the next start.", e);
            }
        }
    }
}
