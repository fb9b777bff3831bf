package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.report.domain.AlertMail;
import se.tryggstad.portal.report.domain.AlertSubscriptionsChanged;
import se.tryggstad.portal.report.domain.AreaAlert;
import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.domain.ReportCategory;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.report.domain.Secrets;
import se.tryggstad.portal.report.domain.District;
import se.tryggstad.portal.report.infrastructure.AreaAlertRepository;
import se.tryggstad.portal.report.infrastructure.ConfirmedAlertAreas;
import se.tryggstad.portal.report.infrastructure.Districts;
import se.tryggstad.portal.report.infrastructure.ReportRepository;
import se.tryggstad.portal.shared.domain.BoundingBox;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Area alerts (bevakning) with double opt-in: subscribing mails a confirmation link; only confirmed
 * alerts get a mail about each new report in their area; every mail can unsubscribe. Mails leave
 * after commit and never carry anything about the reporter.
 */
@ApplicationScoped
@Transactional
public class AreaAlertService {

    @Inject
    AreaAlertRepository alerts;

    @Inject
    ReportRepository reports;

    @Inject
    SubmitRateLimiter limiter;

    @Inject
    Event<AlertMail> mails;

    @Inject
    Event<AlertSubscriptionsChanged> subscriptionsChanged;

    @Inject
    ConfirmedAlertAreas alertAreas;

    @Inject
    Clock clock;

    @Inject
    Districts districts;

    @Inject
    @ConfigProperty(name = "trygg.report.bounds", defaultValue = "59.34,17.95,59.40,18.06")
    String bounds;

    /**
     * A new, unconfirmed alert; the confirmation mail goes to the address once it is stored. A valid
     * request counts against the client's rate limit (shared with reports), so nobody can flood an
     * address with confirmation mails.
     */
    public void subscribe(String email, Double latitude, Double longitude, Integer radiusMetres, String categoryCode,
                          String language, String remoteAddress, String forwardedFor) {
        ReportCategory category = null;
        if (categoryCode != null && !categoryCode.isBlank()) {
            category = reports.category(categoryCode)
                    .orElseThrow(() -> ReportRejected.invalid("category", "report.alert.category.unknown"));
        }
        String confirmToken = Secrets.newSecret();
        String unsubscribeToken = Secrets.newSecret();
        AreaAlert alert = AreaAlert.subscribe(email, latitude, longitude, radiusMetres, category, language,
                Secrets.hashOf(confirmToken), Secrets.hashOf(unsubscribeToken), BoundingBox.parse(bounds),
                clock.instant());
        limiter.acquire(remoteAddress, forwardedFor);
        alerts.add(alert);
        mails.fire(new AlertMail(AlertMail.Kind.CONFIRMATION, alert.email(), alert.language(), confirmToken,
                unsubscribeToken, null, null, null));
    }

    /** A district (stadsdel) a resident can follow. */
    public record DistrictChoice(String code, String name) implements java.io.Serializable {
    }

    /** The districts of the districts file (ADR 0008), in its order. */
    public List<DistrictChoice> districts() {
        return districts.map().districts().stream().map(d -> new DistrictChoice(d.code(), d.name())).toList();
    }

    /**
     * As {@link #subscribe}, for every new report in a whole district (stadsdel) of the districts file
     * instead of a point and radius.
     */
    public void subscribeToDistrict(String email, String districtCode, String categoryCode, String language,
                                    String remoteAddress, String forwardedFor) {
        ReportCategory category = null;
        if (categoryCode != null && !categoryCode.isBlank()) {
            category = reports.category(categoryCode)
                    .orElseThrow(() -> ReportRejected.invalid("category", "report.alert.category.unknown"));
        }
        District district = districtCode == null ? null : districts.map().byCode(districtCode.strip()).orElse(null);
        String confirmToken = Secrets.newSecret();
        String unsubscribeToken = Secrets.newSecret();
        AreaAlert alert = AreaAlert.subscribeToDistrict(email, district, category, language,
                Secrets.hashOf(confirmToken), Secrets.hashOf(unsubscribeToken), clock.instant());
        limiter.acquire(remoteAddress, forwardedFor);
        alerts.add(alert);
        mails.fire(new AlertMail(AlertMail.Kind.CONFIRMATION, alert.email(), alert.language(), confirmToken,
                unsubscribeToken, null, null, null));
    }

    /** Follows the confirmation link; false when the link is unknown (expired, or already unsubscribed). */
    public boolean confirm(String token) {
        if (!Secrets.looksLikeSecret(token)) {
            return false;
        }
        return alerts.byConfirmHash(Secrets.hashOf(token)).map(alert -> {
            alert.confirm(clock.instant());
            subscriptionsChanged.fire(new AlertSubscriptionsChanged());
            return true;
        }).orElse(false);
    }

    /** Deletes the alert behind an unsubscribe link; false when there is none (already gone). */
    public boolean unsubscribe(String token) {
        if (!Secrets.looksLikeSecret(token)) {
            return false;
        }
        return alerts.byUnsubscribeHash(Secrets.hashOf(token)).map(alert -> {
            alerts.remove(alert);
            subscriptionsChanged.fire(new AlertSubscriptionsChanged());
            return true;
        }).orElse(false);
    }

    /**
     * Called in the transaction that stores a new public report: one mail per matching confirmed
     * alert, sent after commit. Secrets are stored only as hashes, so each alert mail carries a fresh
     * unsubscribe secret, kept beside the earlier ones: the link in every mail works.
     */
    public void reportPublished(Report report, ReportCategory category) {
        GeoPoint point = report.point().orElse(null);
        if (point == null) {
            return;
        }
        String district = districts.map().districtOf(point).map(District::code).orElse(null);
        List<Long> candidates = alertAreas.candidates(point.boxAround(AreaAlert.MAX_RADIUS), district);
        for (AreaAlert alert : alerts.confirmedByIds(candidates)) {
            if (alert.matches(report.categoryCode(), point) || alert.matchesDistrict(report.categoryCode(), district)) {
                String unsubscribeToken = Secrets.newSecret();
                alerts.addUnsubscribeHash(alert, Secrets.hashOf(unsubscribeToken), clock.instant());
                mails.fire(new AlertMail(AlertMail.Kind.NEW_REPORT, alert.email(), alert.language(), null,
                        unsubscribeToken, report.reference(), category.name(alert.language()), report.place()));
            }
        }
    }

    /** Deletes alerts nobody confirmed within {@link AreaAlert#CONFIRMATION_WINDOW}. Answers how many. */
    public int deleteUnconfirmed(Instant now) {
        List<AreaAlert> stale = alerts.unconfirmedCreatedBefore(now.minus(AreaAlert.CONFIRMATION_WINDOW));
        stale.forEach(alerts::remove);
        return stale.size();
    }
}
