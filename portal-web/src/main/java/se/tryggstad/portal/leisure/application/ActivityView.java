package se.tryggstad.portal.leisure.application;

import se.tryggstad.portal.leisure.domain.Activity;
import se.tryggstad.portal.leisure.domain.ActivityDetails;
import se.tryggstad.portal.leisure.domain.ActivityStatus;

import java.time.Instant;

/**
 * An activity as pages and the API show it.
 *
 * @param organisationId the organising partner, null for the city's own activities
 * @param rejectionReason why staff turned it down, when they did
 */
public record ActivityView(long id, long version, ActivityStatus status, String rejectionReason, Long organisationId,
                           String organiser, ActivityDetails details, Instant updatedAt) {

    static ActivityView of(Activity activity) {
        return new ActivityView(activity.id(), activity.version(), activity.status(),
                activity.rejectionReason().orElse(null), activity.organisationId().orElse(null),
                activity.organiserName(), activity.details(), activity.updatedAt());
    }

    /** The title in the reader's language, Swedish when there is no translation. */
    public String title(String language) {
        return details.title(language);
    }

    public String description(String language) {
        return "en".equals(language) && details.isTranslated() ? details.descriptionEn() : details.descriptionSv();
    }
}
