package se.tryggstad.portal.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the deployed portal: a pooled connection keeps autocommit off from one JTA transaction to
 * the next, so a report's transaction sends no "set autocommit" (ADR 0014), and it is in autocommit
 * again before its first statement outside a transaction, so such a write is committed at once.
 */
@ExtendWith(ArquillianExtension.class)
class PooledConnectionIT {

    private static final int TRANSACTIONS = 40;
    /** MARIADB_POOL_SIZE's default in wildfly-config. */
    private static final int POOL_SIZE = 20;

    @Deployment
    static EnterpriseArchive portal() {
        return TestServer.portalEarRunning(PooledConnectionIT.class);
    }

    @Inject
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    private record Use(long connectionId, long setStatements) {
    }

    @Test
    void aConnectionTakenByOneTransactionAfterAnotherIsNotSwitchedBackAndForth() throws Exception {
        List<Use> uses = new ArrayList<>();
        for (int i = 0; i < TRANSACTIONS; i++) {
            uses.add(useInATransaction());
        }
        int reusedWithoutSwitch = 0;
        int reused = 0;
        for (int i = 1; i < uses.size(); i++) {
            if (uses.get(i).connectionId() == uses.get(i - 1).connectionId()) {
                reused++;
                if (uses.get(i).setStatements() == uses.get(i - 1).setStatements()) {
                    reusedWithoutSwitch++;
                }
            }
        }
        assertTrue(reused > 0, "the pool handed out the same connection twice in a row at least once: " + uses);
        // another use outside a transaction in between may switch it legitimately, so not every pair
        assertTrue(reusedWithoutSwitch > 0, "a connection went from one transaction to the next without "
                + "a SET statement at least once: " + uses);
    }

    @Test
    void aWriteOutsideATransactionOnAConnectionUsedByOneIsCommittedAtOnce() throws Exception {
        String table = "it_pooled_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection ddl = dataSource.getConnection(); Statement create = ddl.createStatement()) {
            create.execute("CREATE TABLE " + table + " (marker VARCHAR(64) PRIMARY KEY)");
        }
        try {
            Set<Long> usedInTransactions = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                usedInTransactions.add(useInATransaction().connectionId());
            }
            String marker = UUID.randomUUID().toString();
            List<Connection> taken = new ArrayList<>();
            try {
                Connection writer = connectionUsedBy(usedInTransactions, taken);
                Connection observer = dataSource.getConnection();
                taken.add(observer);
                try (Statement autocommit = writer.createStatement();
                     ResultSet on = autocommit.executeQuery("SELECT @@autocommit")) {
                    on.next();
                    assertEquals(1, on.getInt(1), "autocommit is on again outside a transaction");
                }
                try (PreparedStatement insert = writer.prepareStatement(
                        "INSERT INTO " + table + " (marker) VALUES (?)")) {
                    insert.setString(1, marker);
                    insert.executeUpdate();
                }
                try (PreparedStatement select = observer.prepareStatement(
                        "SELECT COUNT(*) FROM " + table + " WHERE marker = ?")) {
                    select.setString(1, marker);
                    try (ResultSet count = select.executeQuery()) {
                        count.next();
                        assertEquals(1, count.getInt(1), "another connection sees the write without a commit");
                    }
                }
            } finally {
                for (Connection connection : taken) {
                    connection.close();
                }
            }
        } finally {
            try (Connection ddl = dataSource.getConnection(); Statement drop = ddl.createStatement()) {
                drop.execute("DROP TABLE " + table);
            }
        }
    }

    /**
     * A connection from the pool that one of the transactions used; the others it hands out first stay
     * open in {@code taken}, so that it cannot hand them out again.
     */
    private Connection connectionUsedBy(Set<Long> transactionConnections, List<Connection> taken) throws SQLException {
        for (int attempt = 0; attempt < POOL_SIZE; attempt++) {
            Connection connection = dataSource.getConnection();
            taken.add(connection);
            if (transactionConnections.contains(connectionId(connection))) {
                return connection;
            }
        }
        throw new AssertionError("the pool never handed out a connection of " + transactionConnections);
    }

    /** The connection a transaction gets, and how many SET statements that connection has sent so far. */
    private Use useInATransaction() throws Exception {
        tx.begin();
        try {
            return use();
        } finally {
            tx.commit();
        }
    }

    private Use use() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement status = connection.createStatement();
             ResultSet row = status.executeQuery("SHOW SESSION STATUS LIKE 'Com_set_option'")) {
            row.next();
            return new Use(connectionId(connection), row.getLong(2));
        }
    }

    private static long connectionId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet id = statement.executeQuery("SELECT CONNECTION_ID()")) {
            id.next();
            return id.getLong(1);
        }
    }
}
