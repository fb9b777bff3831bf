package se.tryggstad.portal.support.application;

import se.tryggstad.portal.support.domain.SupportCategory;
import se.tryggstad.portal.support.domain.SupportOffer;
import se.tryggstad.portal.support.domain.SupportScope;

/** One line of the staff list of support services. */
public record SupportOfferRow(long id, long version, String name, SupportCategory category, SupportScope scope,
                              boolean published, boolean inEnglish) {

    static SupportOfferRow of(SupportOffer offer) {
        return new SupportOfferRow(offer.id(), offer.version(), offer.name(), offer.category(), offer.scope(),
                offer.isPublished(), offer.isTranslatedTo("en"));
    }
}
