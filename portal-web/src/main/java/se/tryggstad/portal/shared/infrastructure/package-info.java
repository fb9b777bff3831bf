/**
 * What every context needs from the platform: schema migration, the clock, JPA conversions,
 * outgoing mail, and group commit for concurrent writers.
 * Knows no context.
 */
package se.tryggstad.portal.shared.infrastructure;
