package se.tryggstad.portal.finder;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import se.tryggstad.portal.search.api.DocumentSource;
import se.tryggstad.portal.search.api.SearchIndexAdministration;

import java.util.List;
import java.util.logging.Logger;

/**
 * A missing or damaged index is rebuilt by itself at start, from every context's
 * {@link DocumentSource}, once the schema is migrated and the demo content loaded.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoContent"})
public class SearchIndexStartup {

    private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

    @Inject
    SearchIndexAdministration administration;

    @Inject
    @Any
    Instance<DocumentSource> sources;

    @PostConstruct
    void rebuildWhenNeeded() {
        if (administration.needsRebuild() && administration.startRebuild(allSources())) {
            LOG.info("Rebuilding the search index from the database.");
        }
    }

    /** Every context's documents; also what the administrators' rebuild uses. */
    public List<DocumentSource> allSources() {
        return sources.stream().toList();
    }
}
