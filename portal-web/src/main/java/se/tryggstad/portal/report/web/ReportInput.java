package se.tryggstad.portal.report.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import se.tryggstad.portal.report.domain.UnsafeTime;

/** The report form's inputs as typed; coordinates accept a decimal comma. */
public class ReportInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String category;
    private String place;
    private String latitude;
    private String longitude;
    private String description;
    private UnsafeTime[] unsafeTimes = new UnsafeTime[0];
    private DayOfWeek[] unsafeDays = new DayOfWeek[0];
    private String email;
    private String phone;
    private boolean consent;
    private String website;

    /** Null when empty; throws NumberFormatException when not a number. */
    Double latitude() {
        return number(latitude);
    }

    Double longitude() {
        return number(longitude);
    }

    boolean honeypotFilled() {
        return website != null && !website.isBlank();
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > 30) {
            throw new NumberFormatException("too long");
        }
        return Double.valueOf(text.strip().replace(',', '.'));
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String latitude) { this.latitude = latitude; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String longitude) { this.longitude = longitude; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public UnsafeTime[] getUnsafeTimes() { return unsafeTimes.clone(); }
    public void setUnsafeTimes(UnsafeTime[] unsafeTimes) { this.unsafeTimes = unsafeTimes == null ? new UnsafeTime[0] : unsafeTimes.clone(); }
    public DayOfWeek[] getUnsafeDays() { return unsafeDays.clone(); }
    public void setUnsafeDays(DayOfWeek[] unsafeDays) { this.unsafeDays = unsafeDays == null ? new DayOfWeek[0] : unsafeDays.clone(); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
