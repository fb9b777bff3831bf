package se.tryggstad.portal.leisure.infrastructure;

import se.tryggstad.portal.leisure.domain.Activity;
import se.tryggstad.portal.leisure.domain.ActivityDetails;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.GeoPoint;
import se.tryggstad.portal.search.api.IndexDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What search knows of an activity: its public text in Swedish, and in English when it is
 * translated. The contact is left out: it may name a person.
 */
public final class LeisureIndexing {

    private LeisureIndexing() {
    }

    public static String uidOf(long activityId, String language) {
        return DocumentType.ACTIVITY.id() + ":" + activityId + ":" + language;
    }

    /** The documents of a public activity: one per language it is written in. */
    public static List<IndexDocument> documentsOf(Activity activity) {
        ActivityDetails details = activity.details();
        List<IndexDocument> documents = new ArrayList<>();
        documents.add(document(activity, details, "sv", details.titleSv(), details.descriptionSv()));
        if (details.isTranslated()) {
            documents.add(document(activity, details, "en", details.titleEn(), details.descriptionEn()));
        }
        return documents;
    }

    private static IndexDocument document(Activity activity, ActivityDetails details, String language, String title,
                                          String description) {
        String body = description + " " + details.placeName() + " " + details.area().displayName() + " "
                + activity.organiserName();
        List<String> tags = new ArrayList<>();
        tags.add(details.category().name().toLowerCase(Locale.ROOT));
        tags.add(details.area().displayName());
        if (details.holiday() != null) {
            tags.add(details.holiday().name().toLowerCase(Locale.ROOT));
            tags.add("lov");
        }
        tags.add(language.equals("sv") ? "fritid" : "leisure");
        Map<String, String> facets = new HashMap<>();
        facets.put("category", details.category().name());
        facets.put("area", details.area().name());
        if (details.holiday() != null) {
            facets.put("holiday", details.holiday().name());
        }
        return new IndexDocument(uidOf(activity.id(), language), DocumentType.ACTIVITY.id(), title, body, language,
                java.util.Set.of(Audience.PUBLIC), tags, facets, new GeoPoint(details.latitude(), details.longitude()),
                "/fritid/aktivitet.xhtml?id=" + activity.id(),
                activity.updatedAt(), activity.version());
    }
}
