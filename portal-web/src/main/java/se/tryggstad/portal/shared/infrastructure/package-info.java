/**
 * What every context needs from the platform: schema migration, the clock, JPA conversions, outgoing
 * mail, and in-memory copies of what hot paths read on every request.
 * Knows no context.
 */
package se.tryggstad.portal.shared.infrastructure;
