package se.tryggstad.portal.forum.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.tryggstad.portal.forum.application.ForumMeetings;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.PublicMeeting;
import se.tryggstad.portal.forum.application.ForumRejected;

import java.util.List;

/** The public side of samverkan: {@code /api/forums}, forums with a public page and their member organisations. */
@Path("/forums")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ForumResource {

    @Inject
    ForumQueries queries;

    @Inject
    ForumMeetings meetings;

    /** What everyone sees of a forum's meetings: the next one (if planned) and the published summaries. */
    public record PublicMeetings(PublicMeeting next, List<PublicMeeting> summaries) {
    }

    @GET
    public List<ForumResponse> all() {
        return queries.publicForums().stream().map(forum -> ForumResponse.of(forum, queries.membersOf(forum))).toList();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public ForumResponse one(@PathParam("id") long id) {
        return queries.publicForum(id).map(forum -> ForumResponse.of(forum, queries.membersOf(forum)))
                .orElseThrow(ForumRejected::notFound);
    }

    @GET
    @Path("{id: [0-9]{1,18}}/meetings")
    public PublicMeetings meetings(@PathParam("id") long id) {
        queries.publicForum(id).orElseThrow(ForumRejected::notFound);
        return new PublicMeetings(meetings.nextPublicMeeting(id).orElse(null), meetings.publishedSummaries(id));
    }
}
