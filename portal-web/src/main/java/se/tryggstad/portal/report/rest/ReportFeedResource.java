package se.tryggstad.portal.report.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.application.CategoryView;
import se.tryggstad.portal.report.application.ReportFeedQueries;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.domain.AreaAlert;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.shared.domain.BoundingBox;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An Atom feed of the newest public reports: {@code /api/reports/feed.atom}, for the whole city or
 * within {@code radius} metres (250, 500 or 1000) of {@code lat}/{@code lon}, optionally one category.
 */
@Path("/reports/feed.atom")
@RequestScoped
public class ReportFeedResource {

    public static final String ATOM_TYPE = "application/atom+xml";
    private static final String BUNDLE = "se.tryggstad.portal.i18n.messages";

    @Inject
    ReportFeedQueries feeds;

    @Inject
    ReportQueries queries;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trygg.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    @Inject
    @ConfigProperty(name = "trygg.report.bounds", defaultValue = "59.34,17.95,59.40,18.06")
    String bounds;

    @GET
    @Produces(ATOM_TYPE + ";charset=UTF-8")
    public String feed(@QueryParam("lat") Double latitude, @QueryParam("lon") Double longitude,
                       @QueryParam("radius") @DefaultValue("500") int radius,
                       @QueryParam("category") String category,
                       @QueryParam("lang") @DefaultValue("sv") String lang) {
        String language = ReportResource.languageOf(lang);
        String categoryCode = ReportResource.blankToNull(category);
        CategoryView categoryView = null;
        if (categoryCode != null) {
            categoryView = queries.category(categoryCode, language)
                    .orElseThrow(() -> ReportRejected.invalid("category", "report.alert.category.unknown"));
        }
        GeoPoint centre = centreOf(latitude, longitude, radius);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language));
        String title = new MessageFormat(texts.getString(centre == null ? "report.feed.title.city"
                : "report.feed.title.area"), Locale.forLanguageTag(language))
                .format(new Object[] {categoryView == null ? texts.getString("report.feed.allCategories")
                        : categoryView.name(), radius});
        String base = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        return AtomFeedWriter.write(title, base, selfUrl(base, centre, radius, categoryCode, language), language,
                feeds.latest(categoryCode, centre, radius, language), clock.instant());
    }

    private GeoPoint centreOf(Double latitude, Double longitude, int radius) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null || longitude == null) {
            throw ReportRejected.invalid(latitude == null ? "lat" : "lon", "report.position.incomplete");
        }
        if (!AreaAlert.RADII.contains(radius)) {
            throw ReportRejected.invalid("radius", "report.alert.radius.invalid");
        }
        try {
            GeoPoint centre = new GeoPoint(latitude, longitude);
            if (!BoundingBox.parse(bounds).contains(centre)) {
                throw ReportRejected.invalid("lat", "report.position.outside");
            }
            return centre;
        } catch (IllegalArgumentException e) {
            throw ReportRejected.invalid("lat", "report.position.outside");
        }
    }

    private static String selfUrl(String base, GeoPoint centre, int radius, String category, String language) {
        StringBuilder url = new StringBuilder(base).append("/api/reports/feed.atom?lang=").append(language);
        if (centre != null) {
            url.append("&lat=").append(centre.latitude()).append("&lon=").append(centre.longitude())
                    .append("&radius=").append(radius);
        }
        if (category != null) {
            url.append("&category=").append(URLEncoder.encode(category, StandardCharsets.UTF_8));
        }
        return url.toString();
    }
}
