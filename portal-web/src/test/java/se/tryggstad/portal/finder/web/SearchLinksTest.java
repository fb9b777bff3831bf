package se.tryggstad.portal.finder.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchLinksTest {

    @Test
    void theFirstPageOfAllTypesNeedsOnlyTheQuery() {
        assertEquals("/portal/sok.xhtml?q=lampa", SearchLinks.toSearch("/portal", "lampa", null, 1));
    }

    @Test
    void typeAndLaterPagesAreKept() {
        assertEquals("/sok.xhtml?q=lampa&typ=report&sida=3", SearchLinks.toSearch("", "lampa", "report", 3));
    }

    @Test
    void theQueryIsEncoded() {
        assertEquals("/sok.xhtml?q=%22tr%C3%A5sig+lampa%22+%26+%3Cb%3E%23",
                SearchLinks.toSearch("", "\"tråsig lampa\" & <b>#", null, 1));
    }

    @Test
    void aDocumentIsAlwaysOnThePortal() {
        assertEquals("/portal/stod.xhtml#s12", SearchLinks.toDocument("/portal", "stod.xhtml#s12"));
        assertEquals("/portal/stod.xhtml", SearchLinks.toDocument("/portal", "/stod.xhtml"));
        assertEquals("/evil.example/x", SearchLinks.toDocument("", "//evil.example/x"));
        assertEquals("/evil.example/x", SearchLinks.toDocument("", "/\\evil.example/x"));
        assertEquals("/javascript:alert(1)", SearchLinks.toDocument("", "javascript:alert(1)"));
    }

    @Test
    void onlyMarkTagsSurviveInASnippet() {
        assertEquals("&lt;b&gt; <mark>lampa</mark> &amp;", SearchLinks.onlyMarkTags("&lt;b&gt; <mark>lampa</mark> &amp;"));
        assertEquals("&lt;script>x&lt;/script> &lt;mark onclick=y>z</mark>",
                SearchLinks.onlyMarkTags("<script>x</script> <mark onclick=y>z</mark>"));
    }

    @Test
    void thereIsAlwaysAPageAndNeverMoreThanSearchServes() {
        assertEquals(1, SearchLinks.pageCount(0, 10, 101));
        assertEquals(1, SearchLinks.pageCount(10, 10, 101));
        assertEquals(2, SearchLinks.pageCount(11, 10, 101));
        assertEquals(101, SearchLinks.pageCount(1_000_000, 10, 101));
    }
}
