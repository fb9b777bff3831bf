package se.tryggstad.portal.search.lucene;

import se.tryggstad.portal.search.api.Audience;

/**
 * The names of the index's fields, in one place because the mapper writes them, the analyzers are
 * chosen by them and the query side reads them.
 */
final class IndexFields {

    /** The key of every upsert and delete. */
    static final String UID = "uid";
    static final String TYPE = "type";
    static final String LANGUAGE = "language";
    /** Who may see the document; every query filters on it. */
    static final String AUDIENCE = "audience";
    /** Extra filterable values; {@code facet.category} for {@code category=belysning}. */
    static final String FACET_PREFIX = "facet.";
    static final String GEO = "geo";

    /** The original title, stored for display; searched through {@link #TITLE_SV} and {@link #TITLE_EN}. */
    static final String TITLE = "title";
    static final String URL = "url";
    static final String UPDATED = "updated";
    static final String VERSION = "version";
    /** Marks a deleted uid that is kept only to remember the version it was deleted at. */
    static final String DELETED = "deleted";

    static final String SWEDISH = "sv";
    static final String ENGLISH = "en";
    static final String TITLE_SV = "title_sv";
    static final String BODY_SV = "body_sv";
    static final String TAGS_SV = "tags_sv";
    static final String TITLE_EN = "title_en";
    static final String BODY_EN = "body_en";
    static final String TAGS_EN = "tags_en";

    /** The whole title, lower-cased and folded, for "titles starting with what was typed". */
    static final String TITLE_PREFIX = "title_prefix";
    /** All words unstemmed and folded, so that a half-typed last word matches as a prefix. */
    static final String WORDS = "words";
    /**
     * Per audience: the words as written, for "Menade du …?". One field per audience, so that a
     * viewer is only ever offered words from documents they may see.
     */
    private static final String SPELLING_PREFIX = "spelling.";
    /** Per audience: folded word, separator, word as written; for completing the typed word. */
    private static final String COMPLETION_PREFIX = "completion.";

    private IndexFields() {
    }

    static String title(String language) {
        return "title_" + language;
    }

    static String body(String language) {
        return "body_" + language;
    }

    static String tags(String language) {
        return "tags_" + language;
    }

    static String spelling(Audience audience) {
        return SPELLING_PREFIX + audience.value();
    }

    static String completion(Audience audience) {
        return COMPLETION_PREFIX + audience.value();
    }

    static boolean isSpelling(String field) {
        return field.startsWith(SPELLING_PREFIX);
    }

    static boolean isCompletion(String field) {
        return field.startsWith(COMPLETION_PREFIX);
    }

    static boolean isSwedishText(String field) {
        return field.equals(TITLE_SV) || field.equals(BODY_SV) || field.equals(TAGS_SV);
    }

    static boolean isEnglishText(String field) {
        return field.equals(TITLE_EN) || field.equals(BODY_EN) || field.equals(TAGS_EN);
    }
}
