package se.tryggstad.portal.course.infrastructure;

import se.tryggstad.portal.course.domain.CourseGroup;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.IndexDocument;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What search knows of a published course group: its public texts in Swedish and, when staff
 * translated them, in English. Never anything about the parents who signed up.
 */
public final class CourseIndexing {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private CourseIndexing() {
    }

    public static String uidOf(long groupId, String language) {
        return DocumentType.COURSE.id() + ":" + groupId + ":" + language;
    }

    /** One document per language the group is written in. */
    public static List<IndexDocument> documentsOf(CourseGroup group) {
        List<IndexDocument> documents = new ArrayList<>();
        documents.add(documentOf(group, "sv"));
        if (group.isTranslated()) {
            documents.add(documentOf(group, "en"));
        }
        return documents;
    }

    private static IndexDocument documentOf(CourseGroup group, String language) {
        String body = group.description(language) + " " + group.place() + " " + DAY.format(group.firstSession());
        List<String> tags = "en".equals(language)
                ? List.of("parenting course", "parenting support", "parents", group.programme().name())
                : List.of("föräldrakurs", "föräldrastöd", "föräldraskap", group.programme().name());
        return new IndexDocument(uidOf(group.id(), language), DocumentType.COURSE.id(), group.title(language), body,
                language, Set.of(Audience.PUBLIC), tags, Map.of("programme", group.programme().name()), null,
                "/kurser.xhtml#kurs-" + group.id(), group.updatedAt(), group.version());
    }
}
