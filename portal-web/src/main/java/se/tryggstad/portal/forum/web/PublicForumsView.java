package se.tryggstad.portal.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumSummary;

import java.util.List;

/** /samverkan.xhtml: the forums with a public page. */
@Named
@RequestScoped
public class PublicForumsView {

    @Inject
    ForumQueries queries;

    private List<ForumSummary> forums;

    public List<ForumSummary> getForums() {
        if (forums == null) {
            forums = queries.publicForums();
        }
        return forums;
    }

    public String purposeOf(ForumSummary forum) {
        return forum.purpose(ForumPages.language());
    }
}
