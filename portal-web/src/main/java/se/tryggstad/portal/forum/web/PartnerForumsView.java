package se.tryggstad.portal.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumSummary;

import java.util.List;

/** The caller's forums on /partner/index.xhtml: links to each workspace. */
@Named
@RequestScoped
public class PartnerForumsView {

    @Inject
    ForumAccess access;

    private List<ForumSummary> forums;

    public List<ForumSummary> getForums() {
        if (forums == null) {
            forums = access.forumsOfCaller();
        }
        return forums;
    }
}
