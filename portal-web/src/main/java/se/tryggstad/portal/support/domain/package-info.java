/**
 * The support finder's model: {@link se.tryggstad.portal.support.domain.SupportOffer}s in
 * {@link se.tryggstad.portal.support.domain.SupportCategory}s. Uses Jakarta Persistence and the JDK only.
 */
package se.tryggstad.portal.support.domain;
