package se.tryggstad.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import se.tryggstad.portal.report.application.AreaAlertService;
import se.tryggstad.portal.report.application.CategoryView;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.SubmitLimited;
import se.tryggstad.portal.report.domain.AreaAlert;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * /bevakning.xhtml: subscribe to new reports in an area; follow the confirmation link
 * ({@code ?bekrafta=}); end an alert from a mail's link ({@code ?avsluta=}, with a button, because
 * a plain visit by a link scanner must not unsubscribe).
 */
@Named
@ViewScoped
public class AreaAlertView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "alert";
    private static final Set<String> FIELDS = Set.of("email", "latitude", "longitude", "radius", "category",
            "district");

    @Inject
    AreaAlertService alerts;

    @Inject
    ReportQueries queries;

    private String email;
    private String latitude;
    private String longitude;
    private Integer radius = 500;
    private String category;
    private String district;
    private transient List<AreaAlertService.DistrictChoice> districts;
    private String confirmToken;
    private String unsubscribeToken;
    private transient List<CategoryView> categories;
    /** SUBSCRIBED, CONFIRMED, UNSUBSCRIBED, UNKNOWN_LINK, or null while the form shows. */
    private String outcome;

    /** Runs on GET: a confirmation link confirms at once (nothing is lost if a scanner opens it). */
    public void load() {
        if (confirmToken != null && !confirmToken.isBlank() && outcome == null) {
            outcome = alerts.confirm(confirmToken) ? "CONFIRMED" : "UNKNOWN_LINK";
        }
    }

    public void subscribe() {
        Double lat;
        Double lon;
        try {
            lat = number(latitude);
            lon = number(longitude);
        } catch (NumberFormatException e) {
            FacesMessages.error(FORM + ":latitude", "report.position.notNumber");
            return;
        }
        try {
            HttpServletRequest client = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            if (district != null && !district.isBlank()) {
                alerts.subscribeToDistrict(email, district, category, language(), client.getRemoteAddr(),
                        client.getHeader("X-Forwarded-For"));
            } else {
                alerts.subscribe(email, lat, lon, radius, category, language(), client.getRemoteAddr(),
                        client.getHeader("X-Forwarded-For"));
            }
            outcome = "SUBSCRIBED";
        } catch (ReportRejected rejected) {
            FacesMessages.error(FIELDS.contains(rejected.field()) ? FORM + ":" + rejected.field() : null,
                    rejected.messageKey());
        } catch (SubmitLimited limited) {
            FacesMessages.error(null, "report.rateLimited.minutes", (limited.retryAfterSeconds() + 59) / 60);
        }
    }

    public void unsubscribe() {
        outcome = alerts.unsubscribe(unsubscribeToken) ? "UNSUBSCRIBED" : "UNKNOWN_LINK";
    }

    private static Double number(String text) {
        return text == null || text.isBlank() ? null : Double.valueOf(text.strip().replace(',', '.'));
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public List<CategoryView> getCategories() {
        if (categories == null) {
            categories = queries.categories(language());
        }
        return categories;
    }

    /** The districts (stadsdelar) one may follow instead of a point and radius. */
    public List<AreaAlertService.DistrictChoice> getDistricts() {
        if (districts == null) {
            districts = alerts.districts();
        }
        return districts;
    }

    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public List<Integer> getRadii() { return AreaAlert.RADII; }
    public boolean isUnsubscribing() { return outcome == null && unsubscribeToken != null && !unsubscribeToken.isBlank(); }
    public String getOutcome() { return outcome; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String latitude) { this.latitude = latitude; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String longitude) { this.longitude = longitude; }
    public Integer getRadius() { return radius; }
    public void setRadius(Integer radius) { this.radius = radius; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getConfirmToken() { return confirmToken; }
    public void setConfirmToken(String confirmToken) { this.confirmToken = confirmToken; }
    public String getUnsubscribeToken() { return unsubscribeToken; }
    public void setUnsubscribeToken(String unsubscribeToken) { this.unsubscribeToken = unsubscribeToken; }
}
