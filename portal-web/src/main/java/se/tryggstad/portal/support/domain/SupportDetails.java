package se.tryggstad.portal.support.domain;

/**
 * What a support service is, whatever the language: its kind of help, who runs it and how to reach it.
 * Unchecked values; {@link SupportOffer} checks them.
 */
public record SupportDetails(SupportCategory category, SupportScope scope, String provider, String phone,
                             String webAddress, String chatAddress, String streetAddress, String languages,
                             boolean anonymousPossible) {
}
