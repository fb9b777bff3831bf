package se.tryggstad.portal.forum.workspace.application;

import se.tryggstad.portal.forum.workspace.domain.ForumPost;

import java.time.Instant;

/** One post; {@code organisation} is empty for the city's staff. */
public record PostRow(long id, String body, String author, String organisation, Instant createdAt) {

    static PostRow of(ForumPost post) {
        return new PostRow(post.id(), post.body(), post.author(),
                post.organisationName() == null ? "" : post.organisationName(), post.createdAt());
    }
}
