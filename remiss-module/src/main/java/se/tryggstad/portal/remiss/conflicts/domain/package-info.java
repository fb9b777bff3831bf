/**
 * The conflict rules between events (overlap in time including build-up and teardown, distance) and the arena
 * event days. Pure Java and JPA mapping; may use the event package and the conflicts records.
 */
package se.tryggstad.portal.remiss.conflicts.domain;
