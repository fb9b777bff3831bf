package se.tryggstad.portal.forum.workspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.workspace.domain.Author;
import se.tryggstad.portal.forum.workspace.domain.DigestFrequency;
import se.tryggstad.portal.forum.workspace.domain.DigestSetting;
import se.tryggstad.portal.forum.workspace.domain.ForumThread;
import se.tryggstad.portal.forum.workspace.infrastructure.ThreadRepository;
import se.tryggstad.portal.forum.workspace.infrastructure.WorkspaceIndexing;
import se.tryggstad.portal.search.api.IndexingOutbox;
import se.tryggstad.portal.shared.FieldProblem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Threads in a forum's workspace: members start threads and reply, and choose their e-mail digest.
 * Only members (and staff) of the forum get anywhere; search follows in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ThreadService {

    private static final String EMAIL = "[^\\s@]{1,64}@[^\\s@]{1,185}\\.[^\\s@]{2,}";

    @Inject
    ForumAccess access;

    @Inject
    WorkspaceAuthors authors;

    @Inject
    ThreadRepository threads;

    @Inject
    IndexingOutbox outbox;

    @Inject
    Clock clock;

    public ThreadRow start(long forumId, String title, String body) {
        access.requireMember(forumId);
        String cleanTitle = title == null ? "" : title.strip();
        String cleanBody = body == null ? "" : body.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanTitle.isEmpty()) {
            problems.add(new FieldProblem("title", "forum.post.titleRequired"));
        } else if (cleanTitle.length() > ForumThread.MAX_TITLE) {
            problems.add(new FieldProblem("title", "forum.post.titleTooLong"));
        }
        bodyProblem(cleanBody).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw ForumRejected.invalid(problems);
        }
        ForumThread thread = ForumThread.start(forumId, cleanTitle, cleanBody, authors.caller(), clock.instant());
        threads.add(thread);
        threads.flush();
        outbox.upsert(WorkspaceIndexing.threadOf(thread));
        return ThreadRow.of(thread);
    }

    /**
     * A thread written earlier, for demo content and imports: no caller check. Each post is (body,
     * author, time), the first opens the thread.
     */
    public ThreadRow importThread(long forumId, String title, List<ImportedPost> posts) {
        ImportedPost first = posts.get(0);
        ForumThread thread = ForumThread.start(forumId, title, first.body(), first.author(), first.at());
        posts.stream().skip(1).forEach(post -> thread.reply(post.body(), post.author(), post.at()));
        threads.add(thread);
        threads.flush();
        outbox.upsert(WorkspaceIndexing.threadOf(thread));
        return ThreadRow.of(thread);
    }

    /** A post for {@link #importThread}. */
    public record ImportedPost(String body, Author author, java.time.Instant at) {
    }

    public ThreadRow reply(long forumId, long threadId, String body) {
        access.requireMember(forumId);
        String cleanBody = body == null ? "" : body.strip();
        bodyProblem(cleanBody).ifPresent(problem -> {
            throw ForumRejected.invalid(List.of(problem));
        });
        ForumThread thread = threads.findLocked(forumId, threadId).orElseThrow(ForumRejected::notFound);
        thread.reply(cleanBody, authors.caller(), clock.instant());
        threads.flush();
        outbox.upsert(WorkspaceIndexing.threadOf(thread));
        return ThreadRow.of(thread);
    }

    private static Optional<FieldProblem> bodyProblem(String body) {
        if (body.isEmpty()) {
            return Optional.of(new FieldProblem("body", "forum.post.bodyRequired"));
        }
        if (body.length() > ForumThread.MAX_BODY) {
            return Optional.of(new FieldProblem("body", "forum.post.bodyTooLong"));
        }
        return Optional.empty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ThreadRow> threads(long forumId) {
        access.requireMember(forumId);
        return threads.ofForum(forumId).stream().map(ThreadRow::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ThreadRow thread(long forumId, long threadId) {
        access.requireMember(forumId);
        return threads.find(forumId, threadId).map(ThreadRow::of).orElseThrow(ForumRejected::notFound);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DigestChoice digestChoice(long forumId) {
        access.requireMember(forumId);
        return threads.setting(forumId, access.caller().username())
                .map(s -> new DigestChoice(s.frequency(), s.email()))
                .orElse(new DigestChoice(DigestFrequency.NONE, null));
    }

    /** The caller's digest for this forum; daily and weekly need an e-mail address. */
    public DigestChoice chooseDigest(long forumId, DigestFrequency frequency, String email, String language) {
        access.requireMember(forumId);
        if (access.caller().organisationId() == null) {
            throw new ForumRejected(ForumRejected.Reason.INVALID, "frequency", "forum.post.digest.membersOnly");
        }
        String address = email == null || email.isBlank() ? null : email.strip();
        if (frequency == null) {
            throw new ForumRejected(ForumRejected.Reason.INVALID, "frequency", "forum.post.digest.frequencyRequired");
        }
        if (frequency != DigestFrequency.NONE && (address == null || address.length() > 254 || !address.matches(EMAIL))) {
            throw new ForumRejected(ForumRejected.Reason.INVALID, "email", "forum.post.digest.emailInvalid");
        }
        String username = access.caller().username();
        DigestSetting setting = threads.setting(forumId, username).orElseGet(() -> {
            DigestSetting created = new DigestSetting(forumId, username);
            threads.add(created);
            return created;
        });
        if (frequency == DigestFrequency.NONE) {
            setting.stop(clock.instant());
        } else {
            setting.choose(frequency, address, language, clock.instant());
        }
        return new DigestChoice(setting.frequency(), setting.email());
    }
}
