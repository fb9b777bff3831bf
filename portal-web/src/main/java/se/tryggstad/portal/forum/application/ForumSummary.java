package se.tryggstad.portal.forum.application;

import se.tryggstad.portal.forum.domain.Forum;
import se.tryggstad.portal.forum.domain.ForumArea;
import se.tryggstad.portal.forum.domain.ForumType;

import java.util.List;

/**
 * The read side of a forum. {@code area} is {@code lat,lon;…} and {@code areaGeoJson} a GeoJSON
 * Polygon, both empty unless it is a platssamverkan; {@code memberOrganisationIds} are account ids.
 */
public record ForumSummary(long id, long version, ForumType type, String name, String purposeSv, String purposeEn,
                           String area, String areaGeoJson, boolean publicPage, List<Long> memberOrganisationIds) {

    public static ForumSummary of(Forum forum) {
        return new ForumSummary(forum.id(), forum.version(), forum.type(), forum.name(), forum.purposeSv(),
                forum.purposeEn().orElse(""), forum.area().map(ForumArea::text).orElse(""),
                forum.area().map(ForumArea::geoJson).orElse(""), forum.hasPublicPage(), forum.memberOrganisationIds());
    }

    /** The purpose in the language asked for, Swedish when there is no English text. */
    public String purpose(String language) {
        return "en".equals(language) && !purposeEn.isEmpty() ? purposeEn : purposeSv;
    }
}
