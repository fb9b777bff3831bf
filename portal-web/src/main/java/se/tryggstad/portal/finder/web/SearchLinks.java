package se.tryggstad.portal.finder.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The addresses and markup the search page writes, kept apart from Faces so they can be tested. */
final class SearchLinks {

    private static final Pattern ANY_TAG_BUT_MARK = Pattern.compile("<(?!/?mark>)");
    private static final Pattern LEADING_SLASHES = Pattern.compile("^[/\\\\]+");

    private SearchLinks() {
    }

    /** The search page for this query, type and 1-based page; the defaults are left out so links stay short. */
    static String toSearch(String contextPath, String text, String type, int pageNumber) {
        StringBuilder link = new StringBuilder(contextPath).append("/sok.xhtml?q=").append(encode(text));
        if (type != null && !type.isBlank()) {
            link.append("&typ=").append(encode(type));
        }
        if (pageNumber > 1) {
            link.append("&sida=").append(pageNumber);
        }
        return link.toString();
    }

    /**
     * A document's page. Its address is relative to the portal root; leading slashes are dropped
     * so that it can never point to another host.
     */
    static String toDocument(String contextPath, String url) {
        return contextPath + "/" + LEADING_SLASHES.matcher(url == null ? "" : url).replaceFirst("");
    }

    /**
     * The snippet is escaped by search already, except for the {@code <mark>} around matches.
     * Any other tag would be a fault there; it is shown as text rather than trusted.
     */
    static String onlyMarkTags(String snippet) {
        return snippet == null ? "" : ANY_TAG_BUT_MARK.matcher(snippet).replaceAll("&lt;");
    }

    /** At least one page, and never more than search will serve. */
    static int pageCount(long total, int pageSize, int maxPages) {
        long pages = Math.max(1, (total + pageSize - 1) / pageSize);
        return (int) Math.min(pages, maxPages);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
