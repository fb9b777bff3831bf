package se.tryggstad.portal.forum.rest;

import se.tryggstad.portal.forum.domain.ForumDetails;
import se.tryggstad.portal.forum.domain.ForumType;

/**
 * A forum as staff send it: {@code area} is {@code lat,lon;lat,lon;…} for a platssamverkan and
 * left out for other types.
 */
public record ForumRequest(ForumType type, String name, String purposeSv, String purposeEn, String area,
                           Boolean publicPage) {

    ForumDetails toDetails() {
        return new ForumDetails(type, name, purposeSv, purposeEn, area, publicPage == null || publicPage);
    }
}
