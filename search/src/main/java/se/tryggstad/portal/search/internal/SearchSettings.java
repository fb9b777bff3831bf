package se.tryggstad.portal.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the index lives and which synonyms it uses; from the server's configuration
 * ({@code TRYGG_SEARCH_INDEX_DIR}, {@code TRYGG_SEARCH_SYNONYMS}).
 */
@ApplicationScoped
public class SearchSettings {

    @Inject
    @ConfigProperty(name = "trygg.search.index.dir")
    Optional<String> indexDir;

    @Inject
    @ConfigProperty(name = "trygg.search.synonyms")
    Optional<String> synonymsFile;

    /** The configured folder, or {@code search-index} in the server's data folder. */
    public Path indexDirectory() {
        return indexDir.filter(dir -> !dir.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "search-index"));
    }

    /** A staff-maintained synonyms file that replaces the built-in one, if configured. */
    public Optional<Path> synonyms() {
        return synonymsFile.filter(file -> !file.isBlank()).map(Path::of);
    }
}
