package se.tryggstad.portal.support.application;

import se.tryggstad.portal.support.domain.SupportCategory;
import se.tryggstad.portal.support.domain.SupportOffer;

/** A published offer as residents see it. */
public record SupportOfferView(long id, String name, SupportCategory category, String provider, String description,
                               String phone, String webAddress, boolean anonymousPossible) {

    static SupportOfferView of(SupportOffer offer) {
        return new SupportOfferView(offer.id(), offer.name(), offer.category(), offer.provider(), offer.description(),
                offer.phone(), offer.webAddress(), offer.isAnonymousPossible());
    }

    /** The anchor of this offer on the support page. */
    public String anchor() {
        return "erbjudande-" + id;
    }
}
