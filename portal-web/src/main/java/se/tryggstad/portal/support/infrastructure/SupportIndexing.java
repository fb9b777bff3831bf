package se.tryggstad.portal.support.infrastructure;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;
import se.tryggstad.portal.search.api.IndexingOutbox;
import se.tryggstad.portal.support.domain.SupportCategory;
import se.tryggstad.portal.support.domain.SupportOffer;
import se.tryggstad.portal.support.domain.SupportText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What search knows of a support offer: one public document per language it is written in (search
 * analyses Swedish and English), with the words people use for its kind of help.
 */
public final class SupportIndexing {

    /** The languages search can analyse; texts in other languages are shown but not indexed. */
    static final List<String> INDEXED_LANGUAGES = List.of("sv", "en");

    private static final Map<SupportCategory, List<String>> WORDS = Map.of(
            SupportCategory.BROTTSOFFERSTOD, List.of("brottsofferstöd", "utsatt för brott", "brottsoffer", "victim of crime"),
            SupportCategory.VALD_I_NARA_RELATIONER, List.of("våld i nära relationer", "våld", "misshandel", "domestic violence"),
            SupportCategory.HEDERSRELATERAT_VALD, List.of("hedersrelaterat våld", "förtryck", "heder", "honour"),
            SupportCategory.AVHOPPARSTOD, List.of("avhopparstöd", "lämna kriminalitet", "avhoppare", "gäng", "leave a gang"),
            SupportCategory.STOD_FOR_UNGA, List.of("unga", "ungdom", "young people"),
            SupportCategory.FORALDRASTOD, List.of("föräldrastöd", "föräldraskap", "förälder", "parents"),
            SupportCategory.ANHORIGSTOD, List.of("anhörigstöd", "anhörig", "närstående", "relatives"),
            SupportCategory.PSYKISK_OHALSA, List.of("psykisk ohälsa", "självmord", "samtal", "mental health"),
            SupportCategory.MISSBRUK, List.of("missbruk", "beroende", "alkohol", "spel", "addiction"),
            SupportCategory.EKONOMISKT_STOD, List.of("ekonomiskt stöd", "skulder", "pengar", "money", "debt"));

    private SupportIndexing() {
    }

    /** The uid of an offer's document in one language. */
    public static String uidOf(long offerId, String language) {
        return DocumentType.SUPPORT.id() + ":" + offerId + ":" + language;
    }

    /** Documents for every indexed language the offer has a text in. */
    public static List<IndexDocument> documentsOf(SupportOffer offer) {
        List<IndexDocument> documents = new ArrayList<>();
        for (String language : INDEXED_LANGUAGES) {
            SupportText text = offer.translation(language);
            if (text != null) {
                documents.add(documentOf(offer, language, text));
            }
        }
        return documents;
    }

    private static IndexDocument documentOf(SupportOffer offer, String language, SupportText text) {
        String body = text.searchableBody() + " " + offer.provider();
        return new IndexDocument(uidOf(offer.id(), language), DocumentType.SUPPORT.id(), text.name(), body, language,
                Set.of(Audience.PUBLIC), WORDS.get(offer.category()),
                Map.of("category", offer.category().name(), "scope", offer.scope().name()),
                null, "/stod/erbjudande.xhtml?id=" + offer.id(), offer.updatedAt(), offer.version());
    }

    /**
     * Tells search what the offer is now: its documents when published, none otherwise; a language that
     * lost its text is deleted too. Call after a flush, so the version is the stored one.
     */
    public static void sync(IndexingOutbox outbox, SupportOffer offer) {
        for (String language : INDEXED_LANGUAGES) {
            if (!offer.isPublished() || !offer.isTranslatedTo(language)) {
                outbox.delete(uidOf(offer.id(), language), offer.version());
            }
        }
        // the document of the first version had no language in its uid
        outbox.delete(DocumentType.SUPPORT.id() + ":" + offer.id(), offer.version());
        if (offer.isPublished()) {
            documentsOf(offer).forEach(outbox::upsert);
        }
    }
}
