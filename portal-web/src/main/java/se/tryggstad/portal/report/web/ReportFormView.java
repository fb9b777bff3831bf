package se.tryggstad.portal.report.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.application.CategoryView;
import se.tryggstad.portal.report.application.PhotoPolicy;
import se.tryggstad.portal.report.application.NearbyReport;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.ReportService;
import se.tryggstad.portal.report.application.SubmitLimited;
import se.tryggstad.portal.report.application.Submitted;
import se.tryggstad.portal.report.domain.PhotoRules;
import se.tryggstad.portal.report.domain.PhotoUpload;
import se.tryggstad.portal.report.domain.ReportDraft;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.report.domain.UnsafeTime;
import se.tryggstad.portal.shared.domain.GeoPoint;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The report form. Without JavaScript it is a plain form (place text, optional coordinates). When
 * open reports of the same category lie within 50 m, the first submit shows them instead of saving:
 * the resident supports one of them or sends theirs anyway.
 */
@Named
@ViewScoped
public class ReportFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "report";
    private static final Set<String> FIELDS = Set.of("category", "place", "latitude", "longitude", "description",
            "email", "phone", "consent", "website", PhotoRules.FIELD);

    @Inject
    ReportService service;

    @Inject
    ReportQueries queries;

    @Inject
    PhotoPolicy photoPolicy;

    @Inject
    @ConfigProperty(name = "trygg.report.tile-url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl;

    private final ReportInput input = new ReportInput();
    private transient List<CategoryView> categories;
    private List<NearbyReport> nearby = List.of();
    private boolean nearbyShown;
    private Submitted submitted;
    private String supportedReference;
    private transient List<Part> photos;
    /** Photos of an earlier submit in this view (the nearby step), so the resident need not attach them again. */
    private ArrayList<PhotoUpload> keptPhotos = new ArrayList<>();

    public List<CategoryView> getCategories() {
        if (categories == null) {
            categories = queries.categories(language());
        }
        return categories;
    }

    public List<UnsafeTime> getTimes() {
        return List.of(UnsafeTime.values());
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.values());
    }

    /** Sends the report, unless similar open reports are close by and the resident has not seen them yet. */
    public void submit() {
        if (input.honeypotFilled()) {
            FacesMessages.error(null, "report.honeypot");
            return;
        }
        try {
            keepPhotos();
        } catch (IOException e) {
            FacesMessages.error(FORM + ":" + PhotoRules.FIELD, "report.photo.broken");
            return;
        }
        Double latitude;
        Double longitude;
        try {
            latitude = input.latitude();
            longitude = input.longitude();
        } catch (NumberFormatException e) {
            FacesMessages.error(FORM + ":latitude", "report.position.notNumber");
            return;
        }
        if (!nearbyShown && latitude != null && longitude != null && input.getCategory() != null) {
            try {
                nearby = queries.nearby(input.getCategory(), new GeoPoint(latitude, longitude), language());
            } catch (IllegalArgumentException e) {
                nearby = List.of();
            }
            if (!nearby.isEmpty()) {
                nearbyShown = true;
                FacesMessages.info("report.nearby.found");
                return;
            }
        }
        try {
            submitted = service.submit(new ReportDraft(input.getCategory(), latitude, longitude, input.getPlace(),
                    input.getDescription(), Set.of(input.getUnsafeTimes()), Set.of(input.getUnsafeDays()), input.getEmail(),
                    input.getPhone(), input.isConsent(), language()), List.copyOf(keptPhotos), client().getRemoteAddr(),
                    client().getHeader("X-Forwarded-For"));
        } catch (ReportRejected rejected) {
            if (PhotoRules.FIELD.equals(rejected.field())) {
                keptPhotos.clear();
            }
            FacesMessages.error(FIELDS.contains(rejected.field()) ? FORM + ":" + rejected.field() : null,
                    rejected.messageKey());
        } catch (SubmitLimited limited) {
            FacesMessages.error(null, "report.rateLimited.minutes", (limited.retryAfterSeconds() + 59) / 60);
        }
    }

    /** Newly attached photos replace kept ones; none attached keeps those of the earlier step. */
    private void keepPhotos() throws IOException {
        List<PhotoUpload> attached = new ArrayList<>();
        for (Part part : photos == null ? List.<Part>of() : photos) {
            try (InputStream content = part.getInputStream()) {
                // One byte past the limit is enough to know it is too big.
                byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, photoPolicy.maxBytes() + 1));
                PhotoUpload upload = new PhotoUpload(part.getSubmittedFileName(), part.getContentType(), bytes);
                if (!upload.isEmpty()) {
                    attached.add(upload);
                }
            }
        }
        photos = null;
        if (!attached.isEmpty()) {
            keptPhotos = new ArrayList<>(attached);
        }
    }

    /** "Jag håller med": backs the nearby report instead of sending a new one. */
    public void support(String reference) {
        try {
            service.support(reference, client().getRemoteAddr(), client().getHeader("X-Forwarded-For"));
            supportedReference = reference;
        } catch (ReportRejected rejected) {
            FacesMessages.error(null, rejected.messageKey());
        } catch (SubmitLimited limited) {
            FacesMessages.error(null, "report.rateLimited.minutes", (limited.retryAfterSeconds() + 59) / 60);
        }
    }

    private static HttpServletRequest client() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return (HttpServletRequest) external.getRequest();
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public String getTrackingPath() {
        return submitted == null ? null : "/rapport.xhtml?token=" + submitted.trackingToken();
    }

    public ReportInput getInput() { return input; }
    public List<NearbyReport> getNearby() { return nearby; }
    public boolean isNearbyShown() { return nearbyShown; }
    public Submitted getSubmitted() { return submitted; }
    public String getSupportedReference() { return supportedReference; }
    public String getTileUrl() { return tileUrl; }
    public List<Part> getPhotos() { return photos; }
    public void setPhotos(List<Part> photos) { this.photos = photos; }
    public int getKeptPhotos() { return submitted == null ? keptPhotos.size() : 0; }
    public int getPhotoMaxCount() { return photoPolicy.maxCount(); }
    public long getPhotoMaxMegabytes() { return photoPolicy.maxMegabytes(); }
}
