/**
 * What every context needs from the platform: schema migration, the clock, and JPA conversions.
 * Knows no context.
 */
package se.tryggstad.portal.shared.infrastructure;
