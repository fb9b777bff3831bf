package se.tryggstad.portal.support.infrastructure;

import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;
import se.tryggstad.portal.support.domain.SupportCategory;
import se.tryggstad.portal.support.domain.SupportOffer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What search knows of a support offer: its public text and the words people use for its kind of help. */
public final class SupportIndexing {

    private static final Map<SupportCategory, List<String>> WORDS = Map.of(
            SupportCategory.BROTTSOFFERSTOD, List.of("brottsofferstöd", "utsatt för brott", "brottsoffer"),
            SupportCategory.VALD_I_NARA_RELATIONER, List.of("våld i nära relationer", "våld", "misshandel"),
            SupportCategory.HEDERSRELATERAT_VALD, List.of("hedersrelaterat våld", "förtryck", "heder"),
            SupportCategory.AVHOPPARSTOD, List.of("avhopparstöd", "lämna kriminalitet", "avhoppare"),
            SupportCategory.ANHORIGSTOD, List.of("anhörigstöd", "anhörig", "närstående"),
            SupportCategory.FORALDRASTOD, List.of("föräldrastöd", "föräldraskap", "förälder"));

    private SupportIndexing() {
    }

    public static String uidOf(long offerId) {
        return DocumentType.SUPPORT.id() + ":" + offerId;
    }

    public static IndexDocument documentOf(SupportOffer offer) {
        String body = offer.description() + " " + offer.provider();
        return new IndexDocument(uidOf(offer.id()), DocumentType.SUPPORT.id(), offer.name(), body, "sv",
                Set.of(Audience.PUBLIC), WORDS.get(offer.category()), Map.of("category", offer.category().name()),
                null, "/stod.xhtml#erbjudande-" + offer.id(), offer.updatedAt(), offer.version());
    }
}
