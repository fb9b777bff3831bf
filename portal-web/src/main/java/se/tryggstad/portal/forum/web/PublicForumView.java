package se.tryggstad.portal.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.application.MemberOrganisation;

import java.util.List;

/** /samverkan/forum.xhtml?id=: a forum's public page (purpose, member organisations); any other id is 404. */
@Named
@RequestScoped
public class PublicForumView {

    @Inject
    ForumQueries queries;

    private String id;
    private ForumSummary forum;
    private List<MemberOrganisation> members;

    public void load() {
        forum = ForumPages.idOf(id).flatMap(queries::publicForum).orElse(null);
        if (forum == null) {
            ForumPages.notFound();
            return;
        }
        members = queries.membersOf(forum);
    }

    public String getPurpose() {
        return forum.purpose(ForumPages.language());
    }

    public ForumSummary getForum() {
        return forum;
    }

    public List<MemberOrganisation> getMembers() {
        return members;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
