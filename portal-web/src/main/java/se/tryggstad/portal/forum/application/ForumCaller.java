package se.tryggstad.portal.forum.application;

/**
 * Who asks, as forums see them: anonymous ({@code username} null), staff (read every forum) or a
 * partner acting for an organisation ({@code organisationId} null when they belong to none).
 */
public record ForumCaller(String username, boolean staff, Long organisationId) {

    public static ForumCaller anonymous() {
        return new ForumCaller(null, false, null);
    }

    public boolean isAnonymous() {
        return username == null;
    }
}
