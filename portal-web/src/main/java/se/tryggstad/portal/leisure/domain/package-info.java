/**
 * The leisure model: the {@link se.tryggstad.portal.leisure.domain.Activity} aggregate, its
 * {@link se.tryggstad.portal.leisure.domain.Schedule} and the rules of review. Uses Jakarta
 * Persistence and the JDK only.
 */
package se.tryggstad.portal.leisure.domain;
