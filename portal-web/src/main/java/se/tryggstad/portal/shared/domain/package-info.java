/**
 * The shared kernel: small value objects more than one context means the same way (a place on the
 * map, the municipality's bounds, the client address a rate limit counts). Uses the JDK only; knows no context.
 */
package se.tryggstad.portal.shared.domain;
