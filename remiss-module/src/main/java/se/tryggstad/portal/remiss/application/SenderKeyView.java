package se.tryggstad.portal.remiss.application;

import java.time.LocalDateTime;

/** A sender's API key as admins see it: never the key itself. */
public record SenderKeyView(long id, String senderName, String createdBy, LocalDateTime createdAt,
                            LocalDateTime revokedAt) {
}
