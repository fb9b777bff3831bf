package se.tryggstad.portal.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.forum.domain.Forum;
import se.tryggstad.portal.forum.domain.ForumDetails;
import se.tryggstad.portal.forum.infrastructure.ForumIndexing;
import se.tryggstad.portal.forum.infrastructure.ForumRepository;
import se.tryggstad.portal.search.api.IndexingOutbox;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.domain.BoundingBox;

import java.time.Clock;
import java.util.List;

/**
 * Staff found forums, describe them and admit or dismiss member organisations. The callers (staff
 * pages and {@code /api/staff/forums}) are for staff only; search follows every change in the same
 * transaction.
 */
@ApplicationScoped
@Transactional
public class ForumService {

    @Inject
    ForumRepository forums;

    @Inject
    OrganisationService organisations;

    @Inject
    IndexingOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trygg.report.bounds", defaultValue = "59.34,17.95,59.40,18.06")
    String cityBounds;

    public ForumSummary found(ForumDetails details) {
        check(details, null);
        Forum forum = Forum.found(details, clock.instant());
        forums.add(forum);
        reindex(forum);
        return ForumSummary.of(forum);
    }

    public ForumSummary describe(long forumId, ForumDetails details) {
        Forum forum = existing(forumId);
        check(details, forumId);
        forum.describe(details, clock.instant());
        reindex(forum);
        return ForumSummary.of(forum);
    }

    public ForumSummary admit(long forumId, long organisationId) {
        Forum forum = existing(forumId);
        if (organisations.find(organisationId).isEmpty()) {
            throw new ForumRejected(ForumRejected.Reason.INVALID, "organisationId", "forum.organisation.notFound");
        }
        if (forum.admit(organisationId, clock.instant())) {
            reindex(forum);
        }
        return ForumSummary.of(forum);
    }

    public ForumSummary dismiss(long forumId, long organisationId) {
        Forum forum = existing(forumId);
        if (forum.dismiss(organisationId, clock.instant())) {
            reindex(forum);
        }
        return ForumSummary.of(forum);
    }

    /** The city's box: areas and walks must lie inside it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BoundingBox cityBounds() {
        return BoundingBox.parse(cityBounds);
    }

    private void check(ForumDetails details, Long forumId) {
        List<FieldProblem> problems = new java.util.ArrayList<>(details.problems(cityBounds()));
        forums.findByName(details.name()).filter(other -> !other.id().equals(forumId))
                .ifPresent(other -> problems.add(new FieldProblem("name", "forum.name.taken")));
        if (!problems.isEmpty()) {
            throw ForumRejected.invalid(problems);
        }
    }

    private Forum existing(long forumId) {
        return forums.find(forumId).orElseThrow(ForumRejected::notFound);
    }

    private void reindex(Forum forum) {
        forums.flush();
        outbox.upsert(ForumIndexing.documentOf(forum));
    }
}
