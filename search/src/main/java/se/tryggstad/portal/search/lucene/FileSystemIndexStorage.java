package se.tryggstad.portal.search.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Generations as sibling folders {@code generation-1}, {@code generation-2} … under one root folder,
 * and a file {@code ACTIVE} naming the active one. Switching generations replaces that file by an
 * atomic rename, which the file system either does completely or not at all.
 */
final class FileSystemIndexStorage implements IndexStorage {

    private static final Logger LOG = Logger.getLogger(FileSystemIndexStorage.class.getName());
    private static final String ACTIVE_FILE = "ACTIVE";
    private static final Pattern GENERATION = Pattern.compile("generation-([0-9]{1,18})");

    private final Path root;

    FileSystemIndexStorage(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    @Override
    public Optional<Location> active() throws IOException {
        Path pointer = root.resolve(ACTIVE_FILE);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        if (!GENERATION.matcher(name).matches() || !Files.isDirectory(root.resolve(name))) {
            LOG.warning(() -> "The search index's " + pointer + " names no index folder: '" + name + "'.");
            return Optional.empty();
        }
        return Optional.of(new Location(name, FSDirectory.open(root.resolve(name))));
    }

    @Override
    public Location createAside() throws IOException {
        String name = "generation-" + (highestGeneration() + 1);
        return new Location(name, FSDirectory.open(Files.createDirectory(root.resolve(name))));
    }

    @Override
    public void activate(Location location) throws IOException {
        Path written = root.resolve(ACTIVE_FILE + ".next");
        Files.writeString(written, location.name(), StandardCharsets.UTF_8);
        IOUtils.fsync(written, false);
        Files.move(written, root.resolve(ACTIVE_FILE), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        IOUtils.fsync(root, true);
    }

    @Override
    public void discard(Location location) {
        IOUtils.closeWhileHandlingException(location.directory());
        delete(root.resolve(location.name()));
    }

    @Override
    public void removeAllBut(Location active) {
        for (Path generation : generations()) {
            if (!generation.getFileName().toString().equals(active.name())) {
                delete(generation);
            }
        }
    }

    private long highestGeneration() {
        long highest = 0;
        for (Path generation : generations()) {
            Matcher name = GENERATION.matcher(generation.getFileName().toString());
            if (name.matches()) {
                highest = Math.max(highest, Long.parseLong(name.group(1)));
            }
        }
        return highest;
    }

    private List<Path> generations() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(child -> GENERATION.matcher(child.getFileName().toString()).matches())
                    .toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not list the search index folder " + root + ".", e);
            return List.of();
        }
    }

    private static void delete(Path generation) {
        try {
            IOUtils.rm(generation);
        } catch (IOException e) {
            // a file still open elsewhere (Windows) keeps it; the next start removes it
            LOG.log(Level.INFO, "Could not delete the old search index " + generation + " yet.", e);
        }
    }
}
