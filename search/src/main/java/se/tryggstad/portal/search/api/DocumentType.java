package se.tryggstad.portal.search.api;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of content the portal indexes; the search page groups and filters by them. */
public enum DocumentType {
    SUPPORT("support"),
    ACTIVITY("activity"),
    REPORT("report"),
    FORUM("forum"),
    REMISS("remiss"),
    COURSE("course");

    private final String id;

    DocumentType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DocumentType> fromId(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }
}
