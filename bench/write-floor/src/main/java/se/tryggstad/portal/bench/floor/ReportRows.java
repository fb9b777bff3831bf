package se.tryggstad.portal.bench.floor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rows one submitted report writes, in plain JDBC: the report, its first status and its search
 * outbox row (an {@code IndexDocument} in the JSON the portal writes, so the portal's poller indexes
 * it as it would a real report). The caller owns the transaction. Report ids come from the portal's
 * sequence a block at a time, as the portal takes them ({@code ReportRepository.nextReportId}).
 */
public final class ReportRows {

    private static final String REPORT = "INSERT INTO rpt_report (id, version, reference, token_hash, category_code, "
            + "latitude, longitude, place, description, unsafe_times, unsafe_days, contact_language, status, "
            + "supporters, created_at, updated_at) VALUES (?, 1, CONCAT('TR-2026-', LPAD(NEXTVAL(rpt_reference_seq), 6, "
            + "'0')), ?, ?, ?, ?, ?, ?, 'KVALL', 'FRIDAY,SATURDAY', 'sv', 'NEW', 0, NOW(6), NOW(6))";
    private static final String FIRST_STATUS = "INSERT INTO rpt_status_change (report_id, status, changed_at) "
            + "VALUES (?, 'NEW', NOW(6))";
    private static final String OUTBOX = "INSERT INTO srch_outbox (uid, version, operation, payload, created_at, "
            + "next_attempt_at) VALUES (?, 1, 'UPSERT', ?, NOW(6), NOW(6))";

    private static final ReportIds IDS = new ReportIds();

    private ReportRows() {
    }

    /**
     * Inserts the rows; answers the report's id. {@code uidPrefix} keeps the index documents of the
     * two sides apart ({@code report:<prefix>-<id>}).
     */
    public static long insert(Connection connection, String uidPrefix, String category, double latitude,
                              double longitude, String place, String description) throws SQLException {
        long reportId = IDS.next(connection);
        try (PreparedStatement report = connection.prepareStatement(REPORT)) {
            report.setLong(1, reportId);
            report.setString(2, randomHex(64));
            report.setString(3, category);
            report.setDouble(4, latitude);
            report.setDouble(5, longitude);
            report.setString(6, place);
            report.setString(7, description);
            report.executeUpdate();
        }
        try (PreparedStatement status = connection.prepareStatement(FIRST_STATUS)) {
            status.setLong(1, reportId);
            status.executeUpdate();
        }
        String uid = "report:" + uidPrefix + "-" + reportId;
        try (PreparedStatement outbox = connection.prepareStatement(OUTBOX)) {
            outbox.setString(1, uid);
            outbox.setString(2, indexDocument(uid, category, description));
            outbox.executeUpdate();
        }
        return reportId;
    }

    private static String indexDocument(String uid, String category, String description) {
        return "{\"uid\":\"" + uid + "\",\"type\":\"report\",\"title\":\"" + category
                + " – Råsundavägen\",\"body\":\"" + description + "\",\"language\":\"sv\",\"audiences\":"
                + "[{\"value\":\"PUBLIC\"}],\"tags\":[],\"facets\":{\"category\":\"" + category
                + "\",\"status\":\"NEW\"},\"geo\":{\"latitude\":59.37,\"longitude\":18.0},\"url\":"
                + "\"/rapporter.xhtml\",\"updated\":\"" + Instant.now() + "\",\"version\":1}";
    }

    private static String randomHex(int length) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < length) {
            hex.append(Integer.toHexString(ThreadLocalRandom.current().nextInt(16)));
        }
        return hex.toString();
    }

    /**
     * Ids from {@code rpt_report_id_seq}: each value it gives reserves the numbers up to the next one, one
     * {@code NEXTVAL} a block, as the portal takes them. Each thread has a block of its own, so no thread
     * ever waits for another's round trip: the raw side's best case, and no handicap for it.
     */
    private static final class ReportIds {

        private final ThreadLocal<long[]> nextAndEnd = ThreadLocal.withInitial(() -> new long[2]);
        private volatile long increment;

        long next(Connection connection) throws SQLException {
            long[] block = nextAndEnd.get();
            if (block[0] == block[1]) {
                if (increment == 0) {
                    increment = single(connection, "SELECT `increment` FROM rpt_report_id_seq");
                }
                block[0] = single(connection, "SELECT NEXTVAL(rpt_report_id_seq)");
                block[1] = block[0] + increment;
            }
            return block[0]++;
        }

        private static long single(Connection connection, String sql) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                 ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
