package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.domain.PhotoRules;

/** The photo limits this server is configured with (env TRYGG_REPORT_PHOTO_MAX_BYTES etc.). */
@ApplicationScoped
public class PhotoPolicy {

    /** Stored photos are scaled down to at most this many pixels on their long side. */
    static final int MAX_SIDE = 2048;

    @Inject
    @ConfigProperty(name = "trygg.report.photo.max-bytes", defaultValue = "8388608")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "trygg.report.photo.max-count", defaultValue = "3")
    int maxCount;

    @Inject
    @ConfigProperty(name = "trygg.report.photo.max-pixels", defaultValue = "40000000")
    long maxPixels;

    public PhotoRules rules() {
        return new PhotoRules(maxBytes, maxCount, maxPixels, MAX_SIDE);
    }

    public long maxBytes() { return maxBytes; }
    public int maxCount() { return maxCount; }
    /** Whole megabytes, for the form's hint. */
    public long maxMegabytes() { return Math.max(1, maxBytes / (1024 * 1024)); }
}
