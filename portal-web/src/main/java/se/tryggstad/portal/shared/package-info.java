/**
 * The shared kernel: small value objects that several contexts agree on, such as
 * {@link se.tryggstad.portal.shared.OrganisationNumber}, and the {@link se.tryggstad.portal.shared.Rejection}
 * every context refuses a request with. Uses the JDK only; knows no context.
 */
package se.tryggstad.portal.shared;
