package se.tryggstad.portal.report.application;

import java.time.Instant;

/** An Open311 key as admins see it: never the key itself. */
public record ApiKeyView(long id, String clientName, String createdBy, Instant createdAt, Instant revokedAt) {
}
