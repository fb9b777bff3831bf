package se.tryggstad.portal.report.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.domain.DistrictMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The districts from {@code trygg.report.districts-file}: a file path, or {@code classpath:} and a
 * resource name. The default is the committed demo file with approximate borders. Read once at start;
 * a broken file stops the deployment rather than giving wrong figures.
 */
@ApplicationScoped
public class Districts {

    static final String CLASSPATH = "classpath:";

    @Inject
    @ConfigProperty(name = "trygg.report.districts-file", defaultValue = "classpath:districts-solna.geojson")
    String location;

    private DistrictMap map;

    @PostConstruct
    void load() {
        try (InputStream in = open(location)) {
            map = DistrictsGeoJson.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the districts file " + location, e);
        }
    }

    public DistrictMap map() {
        return map;
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            InputStream in = Districts.class.getClassLoader().getResourceAsStream(location.substring(CLASSPATH.length()));
            if (in == null) {
                throw new IOException("no resource " + location);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }
}
