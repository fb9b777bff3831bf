package se.tryggstad.portal.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.account.application.AccountQueries;
import se.tryggstad.portal.account.application.AccountSummary;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.account.application.OrganisationSummary;
import se.tryggstad.portal.forum.domain.ActionStatus;
import se.tryggstad.portal.forum.domain.Forum;
import se.tryggstad.portal.forum.domain.ForumAction;
import se.tryggstad.portal.forum.infrastructure.ForumRepository;
import se.tryggstad.portal.forum.infrastructure.WorkspaceIndexing;
import se.tryggstad.portal.forum.infrastructure.WorkspaceRepository;
import se.tryggstad.portal.search.api.IndexingOutbox;
import se.tryggstad.portal.shared.FieldProblem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A forum's handlingsplan: its members (and staff) plan actions, give each an owner organisation (a
 * member; none means the city), a due date and a status, and comment on them. Every method first
 * checks that the caller may read the forum ({@link ForumAccess#requireMember}).
 */
@ApplicationScoped
@Transactional
public class Handlingsplan {

    @Inject
    ForumAccess access;

    @Inject
    WorkspaceRepository workspace;

    @Inject
    ForumRepository forums;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountQueries accounts;

    @Inject
    IndexingOutbox outbox;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionView> actionsOf(long forumId) {
        access.requireMember(forumId);
        return workspace.actionsOf(forumId).stream().map(this::view).toList();
    }

    public ActionView plan(long forumId, String title, String description, Long ownerOrganisationId, LocalDate dueDate) {
        Forum forum = readable(forumId);
        check(forum, title, description, ownerOrganisationId);
        ForumAction action = ForumAction.plan(forumId, title, description, ownerOrganisationId, dueDate, clock.instant());
        workspace.add(action);
        reindex(action, forum);
        return view(action);
    }

    public ActionView revise(long forumId, long actionId, String title, String description, Long ownerOrganisationId,
                             LocalDate dueDate, ActionStatus status) {
        Forum forum = readable(forumId);
        ForumAction action = actionIn(forumId, actionId);
        check(forum, title, description, ownerOrganisationId);
        if (status == null) {
            throw new ForumRejected(ForumRejected.Reason.INVALID, "status", "forum.action.status.invalid");
        }
        action.revise(title, description, ownerOrganisationId, dueDate, clock.instant());
        action.moveTo(status, clock.instant());
        reindex(action, forum);
        return view(action);
    }

    public ActionView comment(long forumId, long actionId, String text) {
        readable(forumId);
        ForumAction action = actionIn(forumId, actionId);
        if (!ForumAction.isValidText(text, false)) {
            throw new ForumRejected(ForumRejected.Reason.INVALID, "comment", "forum.action.comment.invalid");
        }
        action.comment(authorOfCaller(), text, clock.instant());
        return view(action);
    }

    private Forum readable(long forumId) {
        access.requireMember(forumId);
        return forums.find(forumId).orElseThrow(ForumRejected::notFound);
    }

    private ForumAction actionIn(long forumId, long actionId) {
        return workspace.action(actionId).filter(action -> action.forumId() == forumId)
                .orElseThrow(() -> new ForumRejected(ForumRejected.Reason.NOT_FOUND, "actionId", "forum.action.notFound"));
    }

    private void check(Forum forum, String title, String description, Long ownerOrganisationId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!ForumAction.isValidTitle(title)) {
            problems.add(new FieldProblem("title", "forum.action.title.invalid"));
        }
        if (!ForumAction.isValidText(description == null ? "" : description, true)) {
            problems.add(new FieldProblem("description", "forum.action.description.invalid"));
        }
        if (ownerOrganisationId != null && !forum.hasMember(ownerOrganisationId)) {
            problems.add(new FieldProblem("ownerOrganisationId", "forum.action.owner.invalid"));
        }
        if (!problems.isEmpty()) {
            throw ForumRejected.invalid(problems);
        }
    }

    /** "Name (Organisation)" of the signed-in person; staff act for the city. */
    private String authorOfCaller() {
        ForumCaller caller = access.caller();
        String name = accounts.find(caller.username()).map(AccountSummary::displayName).orElse(caller.username());
        String organisation = caller.organisationId() == null ? "Solna stad"
                : organisations.find(caller.organisationId()).map(OrganisationSummary::name).orElse("");
        return name + " (" + organisation + ")";
    }

    private void reindex(ForumAction action, Forum forum) {
        workspace.flush();
        outbox.upsert(WorkspaceIndexing.documentOf(action, forum));
    }

    private ActionView view(ForumAction action) {
        String owner = action.ownerOrganisationId().flatMap(organisations::find).map(OrganisationSummary::name).orElse("");
        return new ActionView(action.id(), action.forumId(), action.title(), action.description(),
                action.ownerOrganisationId().orElse(null), owner, action.dueDate().orElse(null), action.status().name(),
                action.comments().stream().map(comment -> new ActionView.CommentView(comment.author(), comment.text(),
                        comment.createdAt())).toList());
    }
}
