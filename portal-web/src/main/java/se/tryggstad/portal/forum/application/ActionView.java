package se.tryggstad.portal.forum.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An action of the handlingsplan as members see it; {@code ownerName} is empty when the city owns it. */
public record ActionView(long id, long forumId, String title, String description, Long ownerOrganisationId,
                         String ownerName, LocalDate dueDate, String status, List<CommentView> comments) {

    public record CommentView(String author, String text, Instant createdAt) {
    }
}
