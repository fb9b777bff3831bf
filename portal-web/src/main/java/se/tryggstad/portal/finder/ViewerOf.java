package se.tryggstad.portal.finder;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.Viewer;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The person behind the current request, as search sees them. The roles are the server's
 * security roles, the same ones the pages and resources check.
 */
@RequestScoped
public class ViewerOf {

    static final Set<String> STAFF_ROLES = Set.of("STAFF", "REMISS_HANDLER", "ADMIN");

    @Inject
    HttpServletRequest request;

    @Inject
    ForumAccess forumAccess;

    public Viewer currentCaller() {
        if (request.getUserPrincipal() == null) {
            return Viewer.anonymous();
        }
        return callerWithRoles(request::isUserInRole, forumAccess.readableForumIdsOfCaller());
    }

    /** Staff roles see staff documents; nobody sees a forum's documents unless a member. */
    public static Viewer callerWithRoles(Predicate<String> callerHasRole) {
        return callerWithRoles(callerHasRole, Set.of());
    }

    /**
     * Staff roles see staff documents. A partner also sees {@code FORUM:<id>} of exactly the forums
     * their organisation is a member of, staff those of every forum (whose workspaces they may read);
     * the ids are looked up on the server, never taken from the request.
     */
    public static Viewer callerWithRoles(Predicate<String> callerHasRole, Collection<Long> memberForumIds) {
        Set<Audience> audiences = new HashSet<>();
        if (STAFF_ROLES.stream().anyMatch(callerHasRole)) {
            audiences.add(Audience.STAFF);
        }
        memberForumIds.forEach(forumId -> audiences.add(Audience.forum(forumId)));
        return new Viewer(audiences);
    }
}
