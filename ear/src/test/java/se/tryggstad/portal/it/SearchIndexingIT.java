package se.tryggstad.portal.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.IndexDocument;
import se.tryggstad.portal.search.api.IndexingOutbox;
import se.tryggstad.portal.search.api.SearchHit;
import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchService;
import se.tryggstad.portal.search.api.Viewer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the deployed portal: a change written to the outbox in a committed transaction becomes
 * searchable within seconds, a rolled-back one never does, and every viewer sees only their
 * audiences.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIndexingIT {

    private static final Duration FRESHNESS = Duration.ofSeconds(5);

    @Deployment
    static EnterpriseArchive portal() {
        return TestServer.portalEarRunning(SearchIndexingIT.class, ApiClient.class, Await.class);
    }

    @Inject
    IndexingOutbox outbox;

    @Inject
    SearchService search;

    @Inject
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Test
    void eachViewerFindsOnlyTheAudiencesTheyBelongTo() throws Exception {
        String word = uniqueWord();
        IndexDocument everyone = document(word, "offentlig", Audience.PUBLIC, 1);
        IndexDocument staffOnly = document(word, "personal", Audience.STAFF, 1);
        IndexDocument forumSeven = document(word, "forum", Audience.forum(7), 1);
        committed(() -> {
            outbox.upsert(everyone);
            outbox.upsert(staffOnly);
            outbox.upsert(forumSeven);
        });

        Viewer anonymous = Viewer.anonymous();
        Viewer staff = Viewer.staff();
        Viewer forumMember = new Viewer(Set.of(Audience.forum(7)));
        Viewer otherForum = new Viewer(Set.of(Audience.forum(8)));
        awaitTrue(() -> uids(word, staff).size() == 2, "staff see the public and the staff document");

        assertEquals(Set.of(everyone.uid()), uids(word, anonymous));
        assertEquals(Set.of(everyone.uid(), staffOnly.uid()), uids(word, staff));
        assertEquals(Set.of(everyone.uid(), forumSeven.uid()), uids(word, forumMember));
        assertEquals(Set.of(everyone.uid()), uids(word, otherForum));
        assertEquals(1L, search.search(SearchQuery.of(word, anonymous)).total());
    }

    @Test
    void aRolledBackChangeNeverReachesTheIndex() throws Exception {
        String rolledBackWord = uniqueWord();
        String committedWord = uniqueWord();
        tx.begin();
        outbox.upsert(document(rolledBackWord, "bort", Audience.PUBLIC, 1));
        tx.rollback();
        committed(() -> outbox.upsert(document(committedWord, "kvar", Audience.PUBLIC, 1)));

        awaitTrue(() -> !uids(committedWord, Viewer.anonymous()).isEmpty(), "the committed document is indexed");
        assertTrue(uids(rolledBackWord, Viewer.anonymous()).isEmpty());
    }

    @Test
    void aNewerVersionReplacesTheOldAndAStaleOneIsIgnored() throws Exception {
        String uid = "support:it-" + UUID.randomUUID();
        String first = uniqueWord();
        String second = uniqueWord();
        committed(() -> outbox.upsert(withUid(document(first, "ett", Audience.PUBLIC, 1), uid)));
        awaitTrue(() -> !uids(first, Viewer.anonymous()).isEmpty(), "version 1 is indexed");

        committed(() -> outbox.upsert(withUid(document(second, "tva", Audience.PUBLIC, 3), uid)));
        awaitTrue(() -> !uids(second, Viewer.anonymous()).isEmpty(), "version 3 is indexed");
        assertTrue(uids(first, Viewer.anonymous()).isEmpty(), "version 1's text is gone");

        String stale = uniqueWord();
        String marker = uniqueWord();
        committed(() -> {
            outbox.upsert(withUid(document(stale, "gammal", Audience.PUBLIC, 2), uid));
            outbox.upsert(document(marker, "markor", Audience.PUBLIC, 1));
        });
        awaitTrue(() -> !uids(marker, Viewer.anonymous()).isEmpty(), "the batch after the stale change is applied");
        assertTrue(uids(stale, Viewer.anonymous()).isEmpty(), "a stale version does not overwrite a newer one");
        assertFalse(uids(second, Viewer.anonymous()).isEmpty());

        committed(() -> outbox.delete(uid, 4));
        awaitTrue(() -> uids(second, Viewer.anonymous()).isEmpty(), "a delete removes the document");
    }

    @Test
    void aCommittedDocumentIsFoundThroughTheApiAndTheSearchPage() throws Exception {
        String word = uniqueWord();
        IndexDocument document = document(word, "synlig", Audience.PUBLIC, 1);
        committed(() -> outbox.upsert(document));
        awaitTrue(() -> !uids(word, Viewer.anonymous()).isEmpty(), "the document is indexed");

        ApiClient client = new ApiClient();
        jakarta.json.JsonObject found = ApiClient.json(client.get("/api/search?q=" + word));
        assertEquals(1, found.getInt("total"));
        assertTrue(found.getBoolean("totalExact"), found.toString());
        assertTrue(found.getBoolean("facetCountsExact"), found.toString());
        jakarta.json.JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
        assertEquals(document.uid(), hit.getString("uid"));
        assertEquals("support", hit.getString("type"));
        assertTrue(hit.getString("snippet").contains("<mark>"), hit.toString());

        String page = client.get("/sok.xhtml?q=" + word).body();
        assertTrue(page.contains(document.title()), page);
        assertTrue(page.contains("search-results"), page);
    }

    @Test
    void aChangeThatCannotBeAppliedIsRetriedLaterAndBlocksNothing() throws Exception {
        String uid = "support:it-broken-" + UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO srch_outbox (uid, version, operation, "
                     + "payload, created_at, attempts, next_attempt_at, parked) VALUES (?, 1, 'UPSERT', '{not json', "
                     + "NOW(6), 0, NOW(6), FALSE)")) {
            insert.setString(1, uid);
            insert.executeUpdate();
        }
        String word = uniqueWord();
        committed(() -> outbox.upsert(document(word, "efter", Audience.PUBLIC, 1)));
        awaitTrue(() -> !uids(word, Viewer.anonymous()).isEmpty(), "the change after the broken one is indexed");

        // the failed attempt is recorded in its own transaction, which may commit after the good change is searchable
        awaitTrue(() -> brokenChangeWaitsForItsNextAttempt(uid), "the broken change stays in the outbox, "
                + "with its error, and its next attempt waits");
    }

    private boolean brokenChangeWaitsForItsNextAttempt(String uid) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT attempts, last_error, next_attempt_at > NOW(6) FROM srch_outbox WHERE uid = ?")) {
            select.setString(1, uid);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getInt(1) >= 1 && row.getString(2) != null && !row.getString(2).isBlank()
                        && row.getBoolean(3);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void oddQueriesNeverFail() {
        for (String text : List.of("*:( \"", "\"", "((((", "a".repeat(SearchQuery.MAX_TEXT_LENGTH), "title:x AND",
                "?~^\\/!{}[]", "   ")) {
            search.search(SearchQuery.of(text, Viewer.anonymous()));
        }
    }

    private Set<String> uids(String text, Viewer viewer) {
        return Set.copyOf(search.search(new SearchQuery(text, Set.of(), 0, 50, viewer)).hits().stream()
                .map(SearchHit::uid).toList());
    }

    private static IndexDocument document(String word, String title, Audience audience, long version) {
        return new IndexDocument("support:it-" + UUID.randomUUID(), "support", "Stöd " + title + " " + word,
                "En text om stöd där ordet " + word + " finns.", "sv", Set.of(audience), List.of(), Map.of(), null,
                "/stod.xhtml", Instant.now(), version);
    }

    private static IndexDocument withUid(IndexDocument document, String uid) {
        return new IndexDocument(uid, document.type(), document.title(), document.body(), document.language(),
                document.audiences(), document.tags(), document.facets(), document.geo(), document.url(),
                document.updated(), document.version());
    }

    /**
     * A made-up word no other document has, so each test finds only its own data: digits and the
     * letters q, w, x, z, which no Swedish word part or stemming rule matches.
     */
    private static String uniqueWord() {
        String alphabet = "qwxz0123456789";
        StringBuilder word = new StringBuilder("xq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            word.append(alphabet.charAt(Character.digit(c, 16) % alphabet.length()));
        }
        return word.toString();
    }

    private void committed(ThrowingRunnable work) throws Exception {
        tx.begin();
        try {
            work.run();
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Await.until(condition, FRESHNESS, what);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
