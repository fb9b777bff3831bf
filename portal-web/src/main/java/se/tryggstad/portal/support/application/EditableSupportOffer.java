package se.tryggstad.portal.support.application;

import se.tryggstad.portal.support.domain.SupportOffer;
import se.tryggstad.portal.support.domain.SupportText;

/** A stored offer as staff edit it; {@code version} goes back with the change to detect a conflict. */
public record EditableSupportOffer(long id, long version, boolean published, SupportOfferForm form) {

    static EditableSupportOffer of(SupportOffer offer) {
        return new EditableSupportOffer(offer.id(), offer.version(), offer.isPublished(), new SupportOfferForm(
                offer.category(), offer.scope(), offer.provider(), offer.phone(), offer.webAddress(),
                offer.chatAddress(), offer.streetAddress(), offer.languages(), offer.isAnonymousPossible(),
                formOf(offer.translation(SupportOffer.SWEDISH)), formOf(offer.translation("en"))));
    }

    private static SupportTextForm formOf(SupportText text) {
        return text == null ? SupportTextForm.empty() : new SupportTextForm(text.name(), text.forWhom(),
                text.whatHappens(), text.description(), text.openingHours());
    }
}
