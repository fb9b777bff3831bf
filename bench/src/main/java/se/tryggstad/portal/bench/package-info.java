/**
 * The start-up benchmark run by {@code ./mvnw -Pbench verify}: clean build time, time from launch to
 * the first HTTP 200 and resident memory of the portal's WildFly, against a bare WildFly from the
 * same dist. Prints figures and asserts nothing; see {@code bench/README.md}. Never part of the
 * deployed portal.
 */
package se.tryggstad.portal.bench;
