package se.tryggstad.portal.forum.rest;

import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.application.MemberOrganisation;

import java.util.List;

/** A forum as the API shows it: what it is, and its member organisations (never persons). */
public record ForumResponse(long id, String type, String name, String purposeSv, String purposeEn, String area,
                            boolean publicPage, List<MemberOrganisation> members) {

    static ForumResponse of(ForumSummary forum, List<MemberOrganisation> members) {
        return new ForumResponse(forum.id(), forum.type().name(), forum.name(), forum.purposeSv(), forum.purposeEn(),
                forum.area(), forum.publicPage(), members);
    }
}
