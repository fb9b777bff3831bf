package se.tryggstad.portal.search.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import se.tryggstad.portal.search.api.DocumentSource;
import se.tryggstad.portal.search.api.IndexDocument;
import se.tryggstad.portal.search.api.SearchIndexAdministration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Rebuilds the index from the contexts' own tables, aside, while searches go on against the old
 * index. The sources come from the caller: the portal knows its contexts, search does not.
 */
@Singleton
@LocalBean
@Local(SearchIndexAdministration.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IndexRebuild implements SearchIndexAdministration {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());

    @Resource
    SessionContext context;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Inject
    SearchIndex index;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String failure = "";

    @Override
    public boolean needsRebuild() {
        return index.index().needsRebuild();
    }

    @Override
    public boolean startRebuild(List<DocumentSource> sources) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        done.set(0);
        startedAt = Instant.now();
        finishedAt = null;
        failure = "";
        context.getBusinessObject(IndexRebuild.class).run(List.copyOf(sources));
        return true;
    }

    @Override
    public RebuildProgress progress() {
        return new RebuildProgress(running.get(), done.get(), startedAt, finishedAt, failure);
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(List<DocumentSource> sources) {
        try {
            Stream<IndexDocument> all = sources.stream().flatMap(DocumentSource::allDocuments);
            long count = index.index().rebuild(all, done::set);
            LOG.info(() -> "Search index rebuilt with " + count + " documents.");
        } catch (Exception e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.SEVERE, "Rebuilding the search index failed; the old index stays.", e);
        } finally {
            finishedAt = Instant.now();
            running.set(false);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ParkedChange> parkedChanges() {
        List<ParkedChange> parked = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id, uid, version, attempts, last_error, "
                     + "created_at FROM srch_outbox WHERE parked = TRUE ORDER BY id LIMIT 200");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                parked.add(new ParkedChange(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getInt(4),
                        rows.getString(5), rows.getTimestamp(6).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the parked index changes cannot be read", e);
        }
        return parked;
    }
}
