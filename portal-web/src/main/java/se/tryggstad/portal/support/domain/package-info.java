/**
 * The support finder's model: {@link se.tryggstad.portal.support.domain.SupportOffer}s with texts per
 * language, in {@link se.tryggstad.portal.support.domain.SupportCategory}s, and the guided path of
 * {@link se.tryggstad.portal.support.domain.GuideQuestion}s ({@link se.tryggstad.portal.support.domain.DecisionTree}).
 * Uses Jakarta Persistence and the JDK only.
 */
package se.tryggstad.portal.support.domain;
