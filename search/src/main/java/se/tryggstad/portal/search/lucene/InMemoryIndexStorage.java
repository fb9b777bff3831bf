package se.tryggstad.portal.search.lucene;

import java.util.Optional;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;

/** Generations in memory, for tests: the same life cycle as on disk, without the disk. */
final class InMemoryIndexStorage implements IndexStorage {

    private volatile Location active;
    private int generations;

    @Override
    public Optional<Location> active() {
        return Optional.ofNullable(active);
    }

    @Override
    public synchronized Location createAside() {
        generations++;
        return new Location("generation-" + generations, new ByteBuffersDirectory());
    }

    @Override
    public void activate(Location location) {
        active = location;
    }

    @Override
    public void discard(Location location) {
        IOUtils.closeWhileHandlingException(location.directory());
    }

    @Override
    public void removeAllBut(Location active) {
        // nothing survives a restart in memory
    }
}
