package se.tryggstad.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Samverkansforum over HTTP: staff found forums and admit organisations; the public sees forums with a
 * public page and their member organisations; a forum's workspace is for its members (and staff) only,
 * by page, by API and in search — everyone else gets 404 (anonymous: sign in).
 */
@ExtendWith(ArquillianExtension.class)
class ForumIT {

    private static String staff;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return TestServer.portalEar();
    }

    @BeforeAll
    static void people() {
        staff = LeisureData.account("forum-staff", "STAFF");
    }

    @Test
    void aMemberOfForumANeverSeesForumBByPageApiOrSearch() {
        ApiClient city = LeisureData.signedIn(staff);
        String marker = TestServer.uniqueName("Hemligtorg");
        long forumA = ForumData.forum(city, ForumData.platssamverkan(marker + " A", false));
        long forumB = ForumData.forum(city, ForumData.platssamverkan(marker + " B", false));
        String memberA = ForumData.member(city, forumA, "forum-a");
        String memberB = ForumData.member(city, forumB, "forum-b");
        ApiClient a = LeisureData.signedIn(memberA);
        ApiClient b = LeisureData.signedIn(memberB);

        assertEquals(200, a.get("/partner/samverkan/forum.xhtml?id=" + forumA).statusCode());
        assertTrue(a.get("/partner/samverkan/forum.xhtml?id=" + forumA).body().contains(marker + " A"));
        assertEquals(404, a.get("/partner/samverkan/forum.xhtml?id=" + forumB).statusCode());
        assertEquals(404, a.get("/partner/samverkan/forum.xhtml?id=abc").statusCode());
        assertEquals(forumA, ApiClient.json(a.get("/api/partner/forums/" + forumA)).getJsonNumber("id").longValue());
        ApiIT.assertProblem(a.get("/api/partner/forums/" + forumB), 404);
        ApiIT.assertProblem(new ApiClient().get("/api/partner/forums/" + forumA), 401);
        assertFalse(a.get("/api/partner/forums").body().contains(marker + " B"));
        assertTrue(a.get("/partner/index.xhtml").body().contains(marker + " A"));
        assertEquals(200, city.get("/partner/samverkan/forum.xhtml?id=" + forumB).statusCode(), "staff read every forum");

        assertEquals(404, new ApiClient().get("/samverkan/forum.xhtml?id=" + forumA).statusCode(), "no public page");
        ApiIT.assertProblem(new ApiClient().get("/api/forums/" + forumA), 404);

        Await.until(() -> searchFinds(b, marker, "forum:" + forumB), Duration.ofSeconds(20), "B finds its own forum");
        Await.until(() -> searchFinds(a, marker, "forum:" + forumA), Duration.ofSeconds(20), "A finds its own forum");
        assertFalse(searchFinds(a, marker, "forum:" + forumB), "A never finds B's forum");
        assertFalse(searchFinds(new ApiClient(), marker, "forum:" + forumA), "the public does not find a members' forum");
    }

    @Test
    void aPublicForumShowsItsPurposeAndMemberOrganisationsButNoPersons() {
        ApiClient city = LeisureData.signedIn(staff);
        String name = TestServer.uniqueName("Öppet torg");
        long forum = ForumData.forum(city, ForumData.platssamverkan(name, true));
        String member = ForumData.member(city, forum, "forum-pub");

        String list = new ApiClient().get("/samverkan.xhtml").body();
        assertTrue(list.contains(name), "listed on /samverkan");
        HttpResponse<String> page = new ApiClient().get("/samverkan/forum.xhtml?id=" + forum);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Vi arbetar tillsammans"));
        assertTrue(page.body().contains("Förening"), "the member organisation is named");
        assertFalse(page.body().contains(member), "no person");
        assertTrue(new ApiClient().get("/api/forums/" + forum).body().contains("\"members\""));
        Await.until(() -> searchFinds(new ApiClient(), name, "forum:" + forum), Duration.ofSeconds(20), "public forum found");
    }

    @Test
    void badForumsAreProblemsAtTheirFields() {
        ApiClient city = LeisureData.signedIn(staff);
        JsonAssert.fields(ApiIT.assertProblem(city.postJson("/api/staff/forums", ForumData.platssamverkan("", true)
                .add("area", "59.36,18.0;59.37,18.01").build().toString()), 400), "name", "area");
        JsonAssert.fields(ApiIT.assertProblem(city.postJson("/api/staff/forums", ForumData.platssamverkan("Långt bort", true)
                .add("area", "57.7,11.9;57.71,11.95;57.69,11.96").build().toString()), 400), "area");
        ApiIT.assertProblem(city.postJson("/api/staff/forums", "{\"type\":\"KAFFEKLUBB\"}"), 400);
        String partner = LeisureData.account("forum-nostaff", "PARTNER");
        ApiIT.assertProblem(LeisureData.signedIn(partner).postJson("/api/staff/forums",
                ForumData.platssamverkan("Kapat", true).build().toString()), 403);
    }

    static boolean searchFinds(ApiClient client, String text, String uid) {
        return client.get("/api/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).body().contains("\"" + uid + "\"");
    }
}
