package se.tryggstad.portal.support.application;

import se.tryggstad.portal.support.domain.SupportCategory;

/** What staff fill in to list a place to turn to. */
public record NewSupportOffer(String name, SupportCategory category, String provider, String description,
                              String phone, String webAddress, boolean anonymousPossible) {
}
