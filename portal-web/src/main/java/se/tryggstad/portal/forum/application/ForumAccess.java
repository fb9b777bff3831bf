package se.tryggstad.portal.forum.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.account.application.OrganisationSummary;
import se.tryggstad.portal.forum.domain.Forum;
import se.tryggstad.portal.forum.infrastructure.ForumRepository;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may read a forum's workspace, checked on the server for the caller of the current request:
 * staff and administrators read every forum; a partner reads the forums their organisation is a
 * member of; nobody else. Every workspace page, endpoint and file asks {@link #requireMember}
 * first. A forum the caller may not read does not exist for them ({@link ForumRejected#notFound()}).
 */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ForumAccess {

    static final Set<String> STAFF_ROLES = Set.of("STAFF", "ADMIN");

    @Inject
    HttpServletRequest request;

    @Inject
    ForumRepository forums;

    @Inject
    OrganisationService organisations;

    private ForumCaller caller;

    /**
     * Runs server-side work (demo content at start-up, never anything a request asks for) as a staff
     * member of the city, where there is no signed-in caller. Only this request context's instance is
     * affected, so no HTTP request can ever run as that caller.
     */
    public <T> T asCityStaff(String username, java.util.function.Supplier<T> work) {
        ForumCaller previous = caller;
        caller = new ForumCaller(username, true, null);
        try {
            return work.get();
        } finally {
            caller = previous;
        }
    }

    /** The caller of this request (looked up once per request). */
    public ForumCaller caller() {
        if (caller == null) {
            caller = lookUpCaller();
        }
        return caller;
    }

    private ForumCaller lookUpCaller() {
        if (request.getUserPrincipal() == null) {
            return ForumCaller.anonymous();
        }
        String username = request.getUserPrincipal().getName();
        boolean staff = STAFF_ROLES.stream().anyMatch(request::isUserInRole);
        Long organisationId = request.isUserInRole("PARTNER")
                ? organisations.organisationOf(username).map(OrganisationSummary::id).orElse(null) : null;
        return new ForumCaller(username, staff, organisationId);
    }

    public boolean canRead(long forumId) {
        return readable(forumId).isPresent();
    }

    /** The forum, if the caller may read its workspace; otherwise a NOT_FOUND rejection. */
    public ForumSummary requireMember(long forumId) {
        return readable(forumId).map(ForumSummary::of).orElseThrow(ForumRejected::notFound);
    }

    /** The forums whose workspace the caller may read: all for staff, their organisation's for partners. */
    public List<ForumSummary> forumsOfCaller() {
        ForumCaller who = caller();
        if (who.staff()) {
            return forums.all().stream().map(ForumSummary::of).toList();
        }
        if (who.organisationId() == null) {
            return List.of();
        }
        return forums.ofOrganisation(who.organisationId()).stream().map(ForumSummary::of).toList();
    }

    /** The ids of the forums whose workspace the caller may read, e.g. their search audiences {@code FORUM:<id>}. */
    public Set<Long> readableForumIdsOfCaller() {
        return forumsOfCaller().stream().map(ForumSummary::id).collect(Collectors.toSet());
    }

    private Optional<Forum> readable(long forumId) {
        ForumCaller who = caller();
        if (who.isAnonymous()) {
            return Optional.empty();
        }
        return forums.find(forumId).filter(forum -> who.staff()
                || (who.organisationId() != null && forum.hasMember(who.organisationId())));
    }
}
