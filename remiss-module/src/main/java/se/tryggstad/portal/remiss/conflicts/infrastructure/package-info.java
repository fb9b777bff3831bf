/** Storage of the arena event days (persistence unit "remiss", table rms_arena_event_day). */
package se.tryggstad.portal.remiss.conflicts.infrastructure;
