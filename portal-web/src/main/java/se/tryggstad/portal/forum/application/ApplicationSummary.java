package se.tryggstad.portal.forum.application;

import se.tryggstad.portal.forum.domain.ForumApplication;

import java.time.Instant;
import java.util.List;

/** An application as staff see it (with the contact person: staff need them to verify). */
public record ApplicationSummary(long id, String organisationName, String organisationNumber, String type,
                                 String contactName, String contactEmail, String contactPhone, String status,
                                 String decisionReason, List<String> forumNames, Instant createdAt) {

    static ApplicationSummary of(ForumApplication application, List<String> forumNames) {
        return new ApplicationSummary(application.id(), application.organisationName(),
                application.organisationNumber().value(), application.type().name(), application.contactName(),
                application.contactEmail(), application.contactPhone().orElse(""), application.status().name(),
                application.decisionReason().orElse(""), forumNames, application.createdAt());
    }
}
