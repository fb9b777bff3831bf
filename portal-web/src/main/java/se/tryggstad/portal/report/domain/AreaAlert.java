package se.tryggstad.portal.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.tryggstad.portal.shared.domain.BoundingBox;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A bevakning: a resident wants a mail about new reports within a radius of a point, optionally of
 * one category. Double opt-in: only a confirmed alert mails. Keeps the address, the area and the
 * hashes of the secrets (confirm; unsubscribe, one more per alert mail, kept by the repository),
 * nothing else about the person.
 */
@Entity
@Table(name = "rpt_alert_subscription")
@NamedQuery(name = AreaAlert.BY_CONFIRM_HASH, query = "SELECT a FROM AreaAlert a WHERE a.confirmHash = :hash")
@NamedQuery(name = AreaAlert.BY_UNSUBSCRIBE_HASH,
        query = "SELECT a FROM AreaAlert a WHERE a.unsubscribeHash = :hash")
@NamedQuery(name = AreaAlert.CONFIRMED_BY_IDS,
        query = "SELECT a FROM AreaAlert a WHERE a.confirmedAt IS NOT NULL AND a.id IN :ids ORDER BY a.id")
@NamedQuery(name = AreaAlert.UNCONFIRMED_BEFORE,
        query = "SELECT a FROM AreaAlert a WHERE a.confirmedAt IS NULL AND a.createdAt < :before")
public class AreaAlert {

    public static final String BY_CONFIRM_HASH = "AreaAlert.byConfirmHash";
    public static final String BY_UNSUBSCRIBE_HASH = "AreaAlert.byUnsubscribeHash";
    public static final String CONFIRMED_BY_IDS = "AreaAlert.confirmedByIds";
    public static final String UNCONFIRMED_BEFORE = "AreaAlert.unconfirmedBefore";

    /** The radii a resident chooses from: a block, a neighbourhood, a district. */
    public static final List<Integer> RADII = List.of(250, 500, 1000);
    /** The largest radius; a box of this size around a new report finds every alert it may match. */
    public static final int MAX_RADIUS = 1000;
    /** How long an unconfirmed alert waits for its confirmation before it is deleted. */
    public static final Duration CONFIRMATION_WINDOW = Duration.ofDays(7);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s.]{2,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    @Column(name = "radius_metres", nullable = false)
    private int radiusMetres;

    @Column(name = "category_code", length = 40)
    private String categoryCode;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "confirm_hash", nullable = false, unique = true, length = 64)
    private String confirmHash;

    @Column(name = "unsubscribe_hash", nullable = false, unique = true, length = 64)
    private String unsubscribeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** The district (stadsdel) of a district alert; null for a point and radius. */
    @Column(name = "district_code", length = 40)
    private String districtCode;

    protected AreaAlert() {
        // for JPA
    }

    /**
     * A new, unconfirmed alert. The centre must lie within the municipality; the category, when
     * given, must be an active one (the caller passes it looked up, or null for every category).
     */
    public static AreaAlert subscribe(String email, Double latitude, Double longitude, Integer radiusMetres,
                                      ReportCategory category, String language, String confirmHash,
                                      String unsubscribeHash, BoundingBox bounds, Instant now) {
        AreaAlert alert = new AreaAlert();
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw ReportRejected.invalid("email", "report.alert.email.required");
        }
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw ReportRejected.invalid("email", "report.email.invalid");
        }
        if (latitude == null && longitude == null) {
            throw ReportRejected.invalid("latitude", "report.alert.position.required");
        }
        GeoPoint centre = Report.pointOf(latitude, longitude, bounds).orElseThrow();
        if (radiusMetres == null || !RADII.contains(radiusMetres)) {
            throw ReportRejected.invalid("radius", "report.alert.radius.invalid");
        }
        if (category != null && !category.isActive()) {
            throw ReportRejected.invalid("category", "report.alert.category.unknown");
        }
        alert.email = address.toLowerCase(Locale.ROOT);
        alert.latitude = centre.latitude();
        alert.longitude = centre.longitude();
        alert.radiusMetres = radiusMetres;
        alert.categoryCode = category == null ? null : category.code();
        alert.language = "en".equals(language) ? "en" : "sv";
        alert.confirmHash = confirmHash;
        alert.unsubscribeHash = unsubscribeHash;
        alert.createdAt = now;
        return alert;
    }

    /**
     * A new, unconfirmed alert for a whole district (stadsdel) of the districts file. It keeps a point
     * inside the district and radius 0, so it is matched by district only, never by distance.
     */
    public static AreaAlert subscribeToDistrict(String email, District district, ReportCategory category,
                                                String language, String confirmHash, String unsubscribeHash,
                                                Instant now) {
        if (district == null) {
            throw ReportRejected.invalid("district", "report.alert.district.unknown");
        }
        GeoPoint inside = district.areas().get(0).outer().points().get(0);
        AreaAlert alert = subscribe(email, inside.latitude(), inside.longitude(), RADII.get(0), category, language,
                confirmHash, unsubscribeHash, BoundingBox.parse("-90,-180,90,180"), now);
        alert.radiusMetres = 0;
        alert.districtCode = district.code();
        return alert;
    }

    /** Whether a new report of this category in this district is one the resident asked about. */
    public boolean matchesDistrict(String reportCategory, String reportDistrict) {
        return isConfirmed() && districtCode != null && districtCode.equals(reportDistrict)
                && (categoryCode == null || categoryCode.equals(reportCategory));
    }

    public String districtCode() {
        return districtCode;
    }

    /** The resident followed the link in the confirmation mail. Confirming twice changes nothing. */
    public void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    /** Whether a new report of this category at this point is one the resident asked about. */
    public boolean matches(String reportCategory, GeoPoint point) {
        return isConfirmed() && point != null && districtCode == null
                && (categoryCode == null || categoryCode.equals(reportCategory))
                && centre().metresTo(point) <= radiusMetres;
    }

    public GeoPoint centre() {
        return new GeoPoint(latitude, longitude);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public int radiusMetres() {
        return radiusMetres;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
