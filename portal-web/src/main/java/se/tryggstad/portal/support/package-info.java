/**
 * The support finder (stöd): places to turn to for victims of crime, violence in close relationships,
 * honour-related violence, people leaving crime, young people, parents, relatives, mental health, addiction
 * and money problems; browsed by need or found through the guided path "Vad behöver du hjälp med?".
 */
package se.tryggstad.portal.support;
