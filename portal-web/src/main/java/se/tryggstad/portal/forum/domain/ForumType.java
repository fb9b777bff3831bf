package se.tryggstad.portal.forum.domain;

/** The kinds of samverkansforum the strategy names. Only a platssamverkan has an area on the map. */
public enum ForumType {
    PLATSSAMVERKAN,
    NARINGSLIVSFORUM,
    FORENINGSFORUM,
    TRYGGHETSRAD;

    public boolean hasArea() {
        return this == PLATSSAMVERKAN;
    }
}
