package se.tryggstad.portal.support.application;

import se.tryggstad.portal.support.domain.SupportCategory;
import se.tryggstad.portal.support.domain.SupportOffer;
import se.tryggstad.portal.support.domain.SupportScope;
import se.tryggstad.portal.support.domain.SupportText;

/**
 * A published offer as a visitor reads it, in the visitor's language or else in Swedish;
 * {@code language} says which.
 */
public record SupportOfferView(long id, String language, String name, SupportCategory category, SupportScope scope,
                               String provider, String forWhom, String whatHappens, String description,
                               String openingHours, String phone, String webAddress, String chatAddress,
                               String streetAddress, String languages, boolean anonymousPossible) {

    static SupportOfferView of(SupportOffer offer, String wanted) {
        SupportText text = offer.textIn(wanted);
        String shown = offer.isTranslatedTo(wanted) ? wanted : SupportOffer.SWEDISH;
        return new SupportOfferView(offer.id(), shown, text.name(), offer.category(), offer.scope(), offer.provider(),
                text.forWhom(), text.whatHappens(), text.description(), text.openingHours(), offer.phone(),
                offer.webAddress(), offer.chatAddress(), offer.streetAddress(), offer.languages(),
                offer.isAnonymousPossible());
    }

    /** The anchor of this offer on the support page. */
    public String anchor() {
        return "erbjudande-" + id;
    }

    /** Digits (and a leading +) only, for a {@code tel:} link; empty without a phone number. */
    public String dialable() {
        return phone == null ? "" : phone.replaceAll("[^0-9+]", "");
    }
}
