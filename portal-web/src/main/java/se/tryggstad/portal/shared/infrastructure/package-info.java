/**
 * What every context needs from the platform: schema migration and the clock. Knows no context.
 */
package se.tryggstad.portal.shared.infrastructure;
