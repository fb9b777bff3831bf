package se.tryggstad.portal.forum.workspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.account.application.OrganisationSummary;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.workspace.domain.DigestMail;
import se.tryggstad.portal.forum.workspace.domain.DigestPeriod;
import se.tryggstad.portal.forum.workspace.domain.DigestSent;
import se.tryggstad.portal.forum.workspace.domain.DigestSetting;
import se.tryggstad.portal.forum.workspace.domain.DigestToken;
import se.tryggstad.portal.forum.workspace.domain.ForumPost;
import se.tryggstad.portal.forum.workspace.infrastructure.ThreadRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The e-mail digest of a forum's new posts. For each member who chose one, the last whole period
 * (yesterday, or last week) is handled once: recorded in {@code frm_digest_sent} (unique per member
 * and period) and, if there were new posts, mailed after commit with a one-time unsubscribe link.
 * A member whose organisation has left the forum gets nothing.
 */
@ApplicationScoped
@Transactional
public class DigestService {

    static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");
    private static final int EXCERPT = 200;

    @Inject
    ThreadRepository threads;

    @Inject
    ForumQueries forums;

    @Inject
    OrganisationService organisations;

    @Inject
    Event<DigestMail> mails;

    @Inject
    Clock clock;

    /** Who wants a digest: (forum, username) pairs, each handled in its own transaction by {@link #handle}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Due> wanted() {
        return threads.wantedSettings().stream().map(s -> new Due(s.forumId(), s.username())).toList();
    }

    /**
     * Handles the member's last whole period before {@code at}, unless it was handled before.
     * Answers whether a mail goes out (after commit).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean handle(Due due, Instant at) {
        Optional<DigestSetting> wanted = threads.setting(due.forumId(), due.username())
                .filter(s -> s.email() != null);
        if (wanted.isEmpty()) {
            return false;
        }
        DigestSetting setting = wanted.get();
        Optional<DigestPeriod> period = setting.frequency().periodBefore(at, SOLNA);
        Optional<ForumSummary> forum = forums.find(due.forumId());
        if (period.isEmpty() || forum.isEmpty() || !stillMember(due.username(), forum.get())
                || threads.sent(due.forumId(), due.username(), period.get().key())) {
            return false;
        }
        List<ForumPost> posts = threads.postsBetween(due.forumId(), period.get().from(), period.get().to());
        if (posts.isEmpty()) {
            threads.add(new DigestSent(setting, period.get(), 0, null, clock.instant()));
            return false;
        }
        String token = DigestToken.newToken();
        threads.add(new DigestSent(setting, period.get(), posts.size(), DigestToken.hashOf(token), clock.instant()));
        mails.fire(new DigestMail(setting.email(), setting.language(), due.forumId(), forum.get().name(),
                period.get().key(), posts.stream().map(DigestService::itemOf).toList(), token));
        return true;
    }

    /** Uses a digest's one-time unsubscribe link: the member gets no more digests of that forum. */
    public boolean unsubscribe(String token) {
        if (!DigestToken.looksLikeToken(token)) {
            return false;
        }
        Optional<DigestSent> sent = threads.sentByUnsubscribeHash(DigestToken.hashOf(token));
        if (sent.isEmpty() || !sent.get().useUnsubscribe(clock.instant())) {
            return false;
        }
        threads.setting(sent.get().forumId(), sent.get().username()).ifPresent(s -> s.stop(clock.instant()));
        return true;
    }

    private boolean stillMember(String username, ForumSummary forum) {
        return organisations.organisationOf(username).map(OrganisationSummary::id)
                .filter(forum.memberOrganisationIds()::contains).isPresent();
    }

    private static DigestMail.Item itemOf(ForumPost post) {
        String text = post.body().replaceAll("\\s+", " ");
        return new DigestMail.Item(post.thread().title(),
                post.organisationName() == null ? "Solna stad" : post.organisationName(),
                text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text);
    }

    /** A member's digest for one forum. */
    public record Due(long forumId, String username) {
    }
}
