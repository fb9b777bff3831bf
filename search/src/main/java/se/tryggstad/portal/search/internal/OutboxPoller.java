package se.tryggstad.portal.search.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import se.tryggstad.portal.search.lucene.IndexChange;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves committed changes from {@code srch_outbox} into the Lucene index, once a second.
 *
 * <p>Claims rows with {@code FOR UPDATE SKIP LOCKED}, keeps the newest change per document, applies
 * and commits them to Lucene, and only then deletes the rows and commits the database. A crash in
 * between re-applies the same changes, which is harmless (upserts by uid, version guard). A row
 * that fails is retried with growing pauses and parked after {@value #MAX_ATTEMPTS} attempts, where
 * administrators see it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxPoller {

    static final int MAX_ATTEMPTS = 10;
    /**
     * Up to this many rows become one Lucene commit, so that a second's changes are one commit up to
     * 2 000 changes a second: a commit, and the merges of the small segment it writes, cost about as
     * much CPU as indexing its documents when it holds 500 (ADR 0014). Bounded because the batch's
     * payloads are in memory at once.
     */
    private static final int BATCH = 2000;
    private static final Logger LOG = Logger.getLogger(OutboxPoller.class.getName());

    private static final int DELETE_CHUNK = 50;
    private static final String DELETE_CHUNK_SQL = "DELETE FROM srch_outbox WHERE id IN ("
            + String.join(", ", Collections.nCopies(DELETE_CHUNK, "?")) + ")";

    private static final String CLAIM = "SELECT id, uid, version, operation, payload, attempts FROM srch_outbox "
            + "WHERE parked = FALSE AND next_attempt_at <= ? ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Inject
    SearchIndex index;

    @Inject
    OutboxPayloads payloads;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "search outbox")
    void poll() {
        if (!index.isOpen() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (drainOnce() == BATCH) {
                // a full batch: more may be waiting
            }
        } finally {
            running.set(false);
        }
    }

    /** One claimed batch, applied; returns how many rows it claimed. */
    int drainOnce() {
        try {
            transaction.begin();
            try (Connection connection = dataSource.getConnection()) {
                List<OutboxRow> rows = claim(connection);
                if (!rows.isEmpty()) {
                    apply(connection, rows);
                }
                transaction.commit();
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                transaction.rollback();
                LOG.log(Level.WARNING, "The search outbox could not be read; retrying in a second.", e);
                return 0;
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The search outbox transaction failed; retrying in a second.", e);
            return 0;
        }
    }

    private List<OutboxRow> claim(Connection connection) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CLAIM)) {
            select.setTimestamp(1, Timestamp.from(Instant.now()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(result.getLong(1), result.getString(2), result.getLong(3),
                            OutboxRow.Operation.valueOf(result.getString(4)), result.getString(5), result.getInt(6)));
                }
            }
        }
        return rows;
    }

    private void apply(Connection connection, List<OutboxRow> rows) throws SQLException {
        Map<String, OutboxRow> newestPerDocument = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            newestPerDocument.merge(row.uid(), row, (older, newer) -> newer.version() >= older.version() ? newer : older);
        }
        List<OutboxRow> done = new ArrayList<>(rows);
        try {
            index.apply(newestPerDocument.values().stream().map(this::toChange).toList());
        } catch (RuntimeException batchFailure) {
            done.clear();
            for (OutboxRow row : rows) {
                if (newestPerDocument.get(row.uid()) != row) {
                    done.add(row);
                    continue;
                }
                try {
                    index.apply(List.of(toChange(row)));
                    done.add(row);
                } catch (RuntimeException rowFailure) {
                    markFailed(connection, row, rowFailure);
                }
            }
        }
        delete(connection, done);
    }

    private IndexChange toChange(OutboxRow row) {
        return row.operation() == OutboxRow.Operation.DELETE
                ? IndexChange.delete(row.uid(), row.version())
                : IndexChange.upsert(payloads.read(row.payload()));
    }

    /**
     * {@value #DELETE_CHUNK} rows a statement: with a statement per row, one of the seven statements a
     * submitted report cost the database was its outbox row's delete. A last, shorter chunk repeats its
     * last id, so there is only one statement to prepare.
     */
    private static void delete(Connection connection, List<OutboxRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_CHUNK_SQL)) {
            for (int start = 0; start < rows.size(); start += DELETE_CHUNK) {
                List<OutboxRow> chunk = rows.subList(start, Math.min(rows.size(), start + DELETE_CHUNK));
                for (int i = 0; i < DELETE_CHUNK; i++) {
                    delete.setLong(i + 1, chunk.get(Math.min(i, chunk.size() - 1)).id());
                }
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private static void markFailed(Connection connection, OutboxRow row, RuntimeException failure) throws SQLException {
        int attempts = row.attempts() + 1;
        Duration pause = Duration.ofSeconds(Math.min(3600, 1L << Math.min(attempts, 12)));
        LOG.log(Level.WARNING, "Index change " + row.id() + " for " + row.uid() + " failed (attempt " + attempts + ").",
                failure);
        try (PreparedStatement update = connection.prepareStatement("UPDATE srch_outbox SET attempts = ?, "
                + "next_attempt_at = ?, last_error = ?, parked = ? WHERE id = ?")) {
            update.setInt(1, attempts);
            update.setTimestamp(2, Timestamp.from(Instant.now().plus(pause)));
            update.setString(3, truncate(String.valueOf(failure)));
            update.setBoolean(4, attempts >= MAX_ATTEMPTS);
            update.setLong(5, row.id());
            update.executeUpdate();
        }
    }

    private static String truncate(String message) {
        return message.length() <= 2000 ? message : message.substring(0, 2000);
    }
}
