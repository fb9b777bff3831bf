package se.tryggstad.portal.forum.domain;

import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.domain.BoundingBox;

import java.util.ArrayList;
import java.util.List;

/**
 * What a forum says of itself: its type, name, purpose in Swedish (English optional), the area of a
 * platssamverkan ({@code lat,lon;…}, blank for other types) and whether it has a public page.
 */
public record ForumDetails(ForumType type, String name, String purposeSv, String purposeEn, String area,
                           boolean publicPage) {

    public ForumDetails {
        name = strip(name);
        purposeSv = strip(purposeSv);
        purposeEn = strip(purposeEn);
        area = strip(area);
    }

    /** Everything wrong with these details, each at its field; empty when they are fine. */
    public List<FieldProblem> problems(BoundingBox city) {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("type", "forum.type.invalid"));
        }
        if (name.isEmpty() || name.length() > 160) {
            problems.add(new FieldProblem("name", "forum.name.invalid"));
        }
        if (purposeSv.isEmpty() || purposeSv.length() > 4000) {
            problems.add(new FieldProblem("purposeSv", "forum.purpose.invalid"));
        }
        if (purposeEn.length() > 4000) {
            problems.add(new FieldProblem("purposeEn", "forum.purpose.invalid"));
        }
        if (type != null && type.hasArea()) {
            ForumArea.problemWith(area, city).ifPresent(key -> problems.add(new FieldProblem("area", key)));
        } else if (!area.isEmpty()) {
            problems.add(new FieldProblem("area", "forum.area.onlyPlatssamverkan"));
        }
        return problems;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
