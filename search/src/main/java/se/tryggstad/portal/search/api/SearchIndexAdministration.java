package se.tryggstad.portal.search.api;

import java.time.Instant;
import java.util.List;

/**
 * What administrators (and the portal's start-up) do with the index: rebuild it from the
 * contexts' tables, watch the rebuild, and see index changes that keep failing.
 */
public interface SearchIndexAdministration {

    /** True when the index started empty because it was missing or damaged, until a rebuild completes. */
    boolean needsRebuild();

    /** Starts a rebuild from these sources in the background; false if one is already running. */
    boolean startRebuild(List<DocumentSource> sources);

    RebuildProgress progress();

    /** Changes that failed {@code attempts} times and wait for an administrator, oldest first. */
    List<ParkedChange> parkedChanges();

    /** What the last or current rebuild did; {@code failure} is empty unless it failed. */
    record RebuildProgress(boolean running, long done, Instant startedAt, Instant finishedAt, String failure) {
    }

    /** An index change that failed too often. */
    record ParkedChange(long id, String uid, long version, int attempts, String lastError, Instant createdAt) {
    }
}
