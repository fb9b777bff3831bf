package se.tryggstad.portal.search.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who may see a document: everyone ({@link #PUBLIC}), city staff ({@link #STAFF}) or the members
 * of one samverkansforum ({@link #forum(long)}). Every query is filtered by the viewer's audiences.
 */
public record Audience(String value) {

    private static final Pattern VALID = Pattern.compile("PUBLIC|STAFF|FORUM:[1-9][0-9]{0,18}");

    public static final Audience PUBLIC = new Audience("PUBLIC");
    public static final Audience STAFF = new Audience("STAFF");

    public Audience {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not an audience: " + value);
        }
    }

    public static Audience forum(long forumId) {
        return new Audience("FORUM:" + forumId);
    }

    public static Audience of(String value) {
        return new Audience(Objects.requireNonNull(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
