package se.tryggstad.portal.forum.workspace.application;

import se.tryggstad.portal.forum.workspace.domain.ForumThread;

import java.time.Instant;
import java.util.List;

/** A thread with its posts, oldest first. */
public record ThreadRow(long id, String title, Instant createdAt, Instant lastPostAt, List<PostRow> posts) {

    static ThreadRow of(ForumThread thread) {
        return new ThreadRow(thread.id(), thread.title(), thread.createdAt(), thread.lastPostAt(),
                thread.posts().stream().map(PostRow::of).toList());
    }

    public int replies() {
        return posts.size() - 1;
    }
}
