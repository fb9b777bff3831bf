package se.tryggstad.portal.search.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import se.tryggstad.portal.search.api.IndexDocument;
import se.tryggstad.portal.search.api.IndexingOutbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Writes index changes into {@code srch_outbox} on the caller's JTA transaction: a rollback
 * leaves no row, a commit leaves one the poller will apply.
 */
@ApplicationScoped
public class JdbcIndexingOutbox implements IndexingOutbox {

    private static final String INSERT = "INSERT INTO srch_outbox (uid, version, operation, payload, created_at, "
            + "attempts, next_attempt_at, parked) VALUES (?, ?, ?, ?, ?, 0, ?, FALSE)";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxPayloads payloads;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void upsert(IndexDocument document) {
        insert(document.uid(), document.version(), OutboxRow.Operation.UPSERT, payloads.write(document));
    }

    @Override
    public void delete(String uid, long version) {
        insert(uid, version, OutboxRow.Operation.DELETE, null);
    }

    private void insert(String uid, long version, OutboxRow.Operation operation, String payload) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("the outbox is written inside the caller's transaction");
        }
        // as setTimestamp would write it (the JVM's zone), without the driver's per-call date formatter
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(clock), ZoneId.systemDefault());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, uid);
            insert.setLong(2, version);
            insert.setString(3, operation.name());
            insert.setString(4, payload);
            insert.setObject(5, now);
            insert.setObject(6, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not queue the index change for " + uid, e);
        }
    }
}
