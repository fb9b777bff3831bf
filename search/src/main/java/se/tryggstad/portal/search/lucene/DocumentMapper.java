package se.tryggstad.portal.search.lucene;

import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;

/**
 * Turns an {@link IndexDocument} into the Lucene document that is indexed, field by field, and
 * nothing more: whatever is not in the {@code IndexDocument} (which by contract holds no personal
 * data) never reaches the index.
 *
 * <p>Text is analysed into language-specific fields ({@code title_sv}, {@code body_en} …) so that each
 * gets its language's analysis. The body is stored in its language field with offsets in the
 * postings, which the highlighter uses directly.
 */
public final class DocumentMapper {

    /** Longer titles are cut for the prefix field only; a keyword term has a size limit. */
    private static final int MAX_TITLE_PREFIX_LENGTH = 200;

    private static final FieldType STORED_TEXT_WITH_OFFSETS = storedTextWithOffsets();
    /** Tags are keywords: a page with five tags is not less about each of them than a page with two. */
    private static final FieldType TEXT_WITHOUT_LENGTH_NORMS = textWithoutLengthNorms();

    /**
     * @throws IllegalArgumentException if the type is none of {@link DocumentType}'s ids: such a
     *                                  document could be found but not shown, so it is refused here,
     *                                  where the indexing side sees the error
     */
    public Document toDocument(IndexDocument source) {
        if (DocumentType.fromId(source.type()).isEmpty()) {
            throw new IllegalArgumentException("unknown document type '" + source.type() + "' of " + source.uid());
        }
        Document document = new Document();
        document.add(new StringField(IndexFields.UID, source.uid(), Field.Store.YES));
        document.add(new StringField(IndexFields.TYPE, source.type(), Field.Store.YES));
        document.add(new SortedDocValuesField(IndexFields.TYPE, new BytesRef(source.type())));
        document.add(new StringField(IndexFields.LANGUAGE, source.language(), Field.Store.YES));
        for (Audience audience : source.audiences()) {
            document.add(new StringField(IndexFields.AUDIENCE, audience.value(), Field.Store.NO));
        }
        for (Map.Entry<String, String> facet : source.facets().entrySet()) {
            document.add(new StringField(IndexFields.FACET_PREFIX + facet.getKey(), facet.getValue(), Field.Store.NO));
        }
        if (source.geo() != null) {
            document.add(new LatLonPoint(IndexFields.GEO, source.geo().latitude(), source.geo().longitude()));
        }

        String language = source.language();
        document.add(new StoredField(IndexFields.TITLE, source.title()));
        document.add(new TextField(IndexFields.title(language), source.title(), Field.Store.NO));
        document.add(new Field(IndexFields.body(language), source.body(), STORED_TEXT_WITH_OFFSETS));
        for (String tag : source.tags()) {
            document.add(new Field(IndexFields.tags(language), tag, TEXT_WITHOUT_LENGTH_NORMS));
        }

        document.add(new StringField(IndexFields.TITLE_PREFIX, titlePrefix(source.title()), Field.Store.NO));
        String allText = allText(source);
        document.add(new TextField(IndexFields.WORDS, allText, Field.Store.NO));
        for (Audience audience : source.audiences()) {
            document.add(new TextField(IndexFields.spelling(audience), allText, Field.Store.NO));
            document.add(new TextField(IndexFields.completion(audience), allText, Field.Store.NO));
        }

        document.add(new StoredField(IndexFields.URL, source.url()));
        long updated = source.updated().toEpochMilli();
        document.add(new LongPoint(IndexFields.UPDATED, updated));
        document.add(new StoredField(IndexFields.UPDATED, updated));
        document.add(new NumericDocValuesField(IndexFields.UPDATED, updated));
        addVersion(document, source.version());
        return document;
    }

    /**
     * What stays of a deleted document: its uid and the version it was deleted at, so that an older
     * upsert arriving late cannot bring it back. It has no audience, so no query ever finds it.
     */
    public Document tombstone(String uid, long version) {
        Document document = new Document();
        document.add(new StringField(IndexFields.UID, uid, Field.Store.YES));
        document.add(new StringField(IndexFields.DELETED, "true", Field.Store.NO));
        addVersion(document, version);
        return document;
    }

    static String titlePrefix(String title) {
        String folded = Folding.foldPhrase(title);
        return folded.length() <= MAX_TITLE_PREFIX_LENGTH ? folded : folded.substring(0, MAX_TITLE_PREFIX_LENGTH);
    }

    private static void addVersion(Document document, long version) {
        document.add(new StoredField(IndexFields.VERSION, version));
        document.add(new NumericDocValuesField(IndexFields.VERSION, version));
    }

    private static String allText(IndexDocument source) {
        StringBuilder text = new StringBuilder(source.title());
        for (String tag : source.tags()) {
            text.append('\n').append(tag);
        }
        return text.append('\n').append(source.body()).toString();
    }

    private static FieldType textWithoutLengthNorms() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FieldType storedTextWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
