package se.tryggstad.portal.forum.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.application.MemberOrganisation;

import java.io.Serializable;
import java.util.List;

/**
 * /partner/samverkan/forum.xhtml?id=: the start of a forum's members-only workspace. A forum the
 * caller may not read answers 404. Other workspace pages load their forum the same way, through
 * {@link ForumAccess#requireMember(long)}.
 */
@Named
@ViewScoped
public class ForumWorkspaceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumAccess access;

    @Inject
    ForumQueries queries;

    private String id;
    private ForumSummary forum;
    private List<MemberOrganisation> members;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            forum = access.requireMember(ForumPages.idOf(id).orElseThrow(ForumRejected::notFound));
            members = queries.membersOf(forum);
        } catch (ForumRejected notReadable) {
            ForumPages.notFound();
        }
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
