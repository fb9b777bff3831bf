package se.tryggstad.portal.leisure.domain;

import se.tryggstad.portal.shared.FieldProblem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything an organiser says about an activity. Swedish title and description are required,
 * English ones optional (both or neither).
 *
 * @param holiday  the skollov it is meant for, or null for an ordinary activity
 * @param cost     what it costs when it is not free, in words (e.g. "50 kr per termin")
 * @param contact  how to reach the organiser: a phone number or e-mail address of the organisation
 * @param signUpUrl where to sign up, or null when it is drop-in
 */
public record ActivityDetails(String titleSv, String descriptionSv, String titleEn, String descriptionEn,
                              ActivityCategory category, int ageFrom, int ageTo, boolean free, String cost,
                              SolnaArea area, String placeName, double latitude, double longitude,
                              Schedule schedule, SchoolHoliday holiday, String contact, String accessibility,
                              String signUpUrl, boolean dropIn) {

    /** Solna's rough bounding box: a map point outside it is a mistake. */
    public static final double MIN_LATITUDE = 59.335;
    public static final double MAX_LATITUDE = 59.405;
    public static final double MIN_LONGITUDE = 17.930;
    public static final double MAX_LONGITUDE = 18.065;

    public ActivityDetails {
        titleSv = trimmed(titleSv);
        descriptionSv = trimmed(descriptionSv);
        titleEn = trimmed(titleEn);
        descriptionEn = trimmed(descriptionEn);
        cost = free ? null : trimmed(cost);
        placeName = trimmed(placeName);
        contact = trimmed(contact);
        accessibility = trimmed(accessibility);
        signUpUrl = dropIn ? null : trimmed(signUpUrl);
    }

    /** Every broken rule, so that all can be shown at once; empty when the details are fine. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, titleSv, 3, 120, "titleSv", "leisure.title.invalid");
        text(problems, descriptionSv, 10, 4000, "descriptionSv", "leisure.description.invalid");
        if (titleEn != null || descriptionEn != null) {
            text(problems, titleEn, 3, 120, "titleEn", "leisure.titleEn.invalid");
            text(problems, descriptionEn, 10, 4000, "descriptionEn", "leisure.descriptionEn.invalid");
        }
        if (category == null) {
            problems.add(new FieldProblem("category", "leisure.category.required"));
        }
        if (ageFrom < 0 || ageTo > 99 || ageTo < ageFrom) {
            problems.add(new FieldProblem("ageTo", "leisure.age.invalid"));
        }
        if (!free) {
            text(problems, cost, 1, 200, "cost", "leisure.cost.required");
        }
        if (area == null) {
            problems.add(new FieldProblem("area", "leisure.area.required"));
        }
        text(problems, placeName, 2, 160, "placeName", "leisure.place.invalid");
        if (!(latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE)) {
            problems.add(new FieldProblem("latitude", "leisure.latitude.invalid"));
        }
        if (!(longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE)) {
            problems.add(new FieldProblem("longitude", "leisure.longitude.invalid"));
        }
        if (schedule == null) {
            problems.add(new FieldProblem("scheduleKind", "leisure.schedule.kind.required"));
        } else {
            problems.addAll(schedule.problems());
        }
        text(problems, contact, 3, 160, "contact", "leisure.contact.invalid");
        if (accessibility != null && accessibility.length() > 1000) {
            problems.add(new FieldProblem("accessibility", "leisure.accessibility.invalid"));
        }
        if (!dropIn && !isWebAddress(signUpUrl)) {
            problems.add(new FieldProblem("signUpUrl", "leisure.signUp.invalid"));
        }
        return problems;
    }

    /** The title in a language, falling back to Swedish. */
    public String title(String language) {
        return "en".equals(language) && titleEn != null ? titleEn : titleSv;
    }

    public boolean isTranslated() {
        return titleEn != null && descriptionEn != null;
    }

    private static void text(List<FieldProblem> problems, String value, int min, int max, String field, String key) {
        if (value == null || value.length() < min || value.length() > max) {
            problems.add(new FieldProblem(field, key));
        }
    }

    static boolean isWebAddress(String value) {
        if (value == null || value.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String trimmed(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
