package se.tryggstad.portal.support.application;

import se.tryggstad.portal.support.domain.SupportCategory;
import se.tryggstad.portal.support.domain.SupportScope;

/**
 * Everything staff edit about a support service: Swedish text (required), English text (optional,
 * blank for none), and what is the same in every language.
 */
public record SupportOfferForm(SupportCategory category, SupportScope scope, String provider, String phone,
                               String webAddress, String chatAddress, String streetAddress, String languages,
                               boolean anonymousPossible, SupportTextForm swedish, SupportTextForm english) {
}
