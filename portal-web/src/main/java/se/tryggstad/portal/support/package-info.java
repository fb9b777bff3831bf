/**
 * The support finder (stöd): places to turn to for victims of crime, violence in close
 * relationships, honour-related violence, people leaving crime, relatives and parents.
 */
package se.tryggstad.portal.support;
