package se.tryggstad.portal.finder;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.Viewer;

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

    public Viewer currentCaller() {
        if (request.getUserPrincipal() == null) {
            return Viewer.anonymous();
        }
        return callerWithRoles(request::isUserInRole);
    }

    /**
     * Staff roles see staff documents. Partners see what the public sees: which forums a partner
     * belongs to is not recorded yet, and guessing would show them other forums' documents.
     */
    public static Viewer callerWithRoles(Predicate<String> callerHasRole) {
        Set<Audience> audiences = new HashSet<>();
        if (STAFF_ROLES.stream().anyMatch(callerHasRole)) {
            audiences.add(Audience.STAFF);
        }
        return new Viewer(audiences);
    }
}
