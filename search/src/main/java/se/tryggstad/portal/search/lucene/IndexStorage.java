package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.util.Optional;

import org.apache.lucene.store.Directory;

/**
 * Where index generations live. One generation is active (searched and written); a rebuild fills a
 * new one aside and then makes it active in one atomic step, so searches never see a half-built
 * index and a crash at any moment leaves either the old or the new one active.
 */
interface IndexStorage {

    /** A generation's directory and the name it is known by. */
    record Location(String name, Directory directory) {
    }

    /** The generation searches used last time; empty on first start or when it is gone. */
    Optional<Location> active() throws IOException;

    /** A new, empty generation next to the active one. */
    Location createAside() throws IOException;

    /** Makes {@code location} the active generation, atomically. */
    void activate(Location location) throws IOException;

    /** Closes and deletes a generation that is no longer used; best effort. */
    void discard(Location location);

    /** Deletes generations left behind by a crash during a rebuild; best effort. */
    void removeAllBut(Location active);
}
