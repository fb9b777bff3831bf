/**
 * The shared kernel: small value objects more than one context means the same way (a place on the
 * map and the municipality's bounds). Uses the JDK only; knows no context.
 */
package se.tryggstad.portal.shared.domain;
