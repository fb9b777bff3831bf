package se.tryggstad.portal.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.application.ForumMeetings;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.PublicMeeting;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.application.MemberOrganisation;

import java.util.List;

/**
 * /samverkan/forum.xhtml?id=: a forum's public page (purpose, member organisations, next meeting,
 * published summaries); any other id is 404.
 */
@Named
@RequestScoped
public class PublicForumView {

    @Inject
    ForumQueries queries;

    @Inject
    ForumMeetings meetings;

    private PublicMeeting next;
    private List<PublicMeeting> summaries;

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
        next = meetings.nextPublicMeeting(forum.id()).orElse(null);
        summaries = meetings.publishedSummaries(forum.id());
    }

    public String when(PublicMeeting meeting) {
        return ForumFormats.when(meeting.startsAt(), null);
    }

    public PublicMeeting getNext() {
        return next;
    }

    public List<PublicMeeting> getSummaries() {
        return summaries;
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
