package se.tryggstad.portal.forum.workspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.account.application.OrganisationSummary;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumCaller;
import se.tryggstad.portal.forum.workspace.domain.Author;

/** The caller as the author of a post, an upload or a finding: username and member organisation. */
@ApplicationScoped
public class WorkspaceAuthors {

    @Inject
    ForumAccess access;

    @Inject
    OrganisationService organisations;

    public Author caller() {
        ForumCaller caller = access.caller();
        String organisation = caller.organisationId() == null ? null
                : organisations.find(caller.organisationId()).map(OrganisationSummary::name).orElse(null);
        return new Author(caller.username(), organisation);
    }
}
