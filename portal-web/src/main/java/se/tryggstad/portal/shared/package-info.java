/**
 * The shared kernel: small value objects that several contexts agree on, such as
 * {@link se.tryggstad.portal.shared.OrganisationNumber}. Uses the JDK only; knows no context.
 */
package se.tryggstad.portal.shared;
