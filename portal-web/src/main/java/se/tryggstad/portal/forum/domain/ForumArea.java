package se.tryggstad.portal.forum.domain;

import se.tryggstad.portal.shared.domain.BoundingBox;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The area of a platssamverkan: a polygon of at least three corners inside the city. Written as
 * {@code lat,lon;lat,lon;…}; people may also type one corner a line ({@code 59.36, 18.00}).
 */
public record ForumArea(List<GeoPoint> corners) {

    public static final int MIN_CORNERS = 3;
    public static final int MAX_CORNERS = 200;
    private static final Pattern CORNER_SEPARATOR = Pattern.compile("[;\\r\\n]+");
    private static final Pattern NUMBER_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+");

    public ForumArea {
        corners = List.copyOf(corners);
        if (corners.size() < MIN_CORNERS || corners.size() > MAX_CORNERS) {
            throw new IllegalArgumentException("an area has 3 to 200 corners, not " + corners.size());
        }
    }

    /** The message key of what is wrong with the text as an area inside the box, or empty when it is fine. */
    public static Optional<String> problemWith(String text, BoundingBox city) {
        List<GeoPoint> corners;
        try {
            corners = cornersOf(text);
        } catch (IllegalArgumentException e) {
            return Optional.of("forum.area.unreadable");
        }
        if (corners.size() < MIN_CORNERS) {
            return Optional.of("forum.area.tooFew");
        }
        if (corners.size() > MAX_CORNERS) {
            return Optional.of("forum.area.tooMany");
        }
        if (!corners.stream().allMatch(city::contains)) {
            return Optional.of("forum.area.outside");
        }
        return Optional.empty();
    }

    /** Reads an area; call {@link #problemWith} first. */
    public static ForumArea parse(String text) {
        return new ForumArea(cornersOf(text));
    }

    private static List<GeoPoint> cornersOf(String text) {
        List<GeoPoint> corners = new ArrayList<>();
        if (text == null) {
            return corners;
        }
        for (String corner : CORNER_SEPARATOR.split(text.strip())) {
            if (corner.isBlank()) {
                continue;
            }
            String[] numbers = NUMBER_SEPARATOR.split(corner.strip());
            if (numbers.length != 2) {
                throw new IllegalArgumentException("a corner is latitude,longitude: " + corner);
            }
            try {
                corners.add(new GeoPoint(Double.parseDouble(numbers[0]), Double.parseDouble(numbers[1])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not degrees: " + corner, e);
            }
        }
        if (corners.size() > 1 && corners.get(0).equals(corners.get(corners.size() - 1))) {
            corners.remove(corners.size() - 1);
        }
        return corners;
    }

    /** Whether the point lies inside the polygon (ray casting; good enough at city scale). */
    public boolean contains(GeoPoint point) {
        boolean inside = false;
        for (int i = 0, j = corners.size() - 1; i < corners.size(); j = i++) {
            GeoPoint a = corners.get(i);
            GeoPoint b = corners.get(j);
            boolean crosses = (a.latitude() > point.latitude()) != (b.latitude() > point.latitude())
                    && point.longitude() < (b.longitude() - a.longitude()) * (point.latitude() - a.latitude())
                    / (b.latitude() - a.latitude()) + a.longitude();
            if (crosses) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The smallest box around the area, e.g. to pre-filter reports before {@link #contains}. */
    public BoundingBox box() {
        return new BoundingBox(corners.stream().mapToDouble(GeoPoint::latitude).min().orElseThrow(),
                corners.stream().mapToDouble(GeoPoint::longitude).min().orElseThrow(),
                corners.stream().mapToDouble(GeoPoint::latitude).max().orElseThrow(),
                corners.stream().mapToDouble(GeoPoint::longitude).max().orElseThrow());
    }

    /** The stored and editable form, {@code lat,lon;lat,lon;…} with six decimals. */
    public String text() {
        return corners.stream().map(corner -> String.format(Locale.ROOT, "%.6f,%.6f", corner.latitude(), corner.longitude()))
                .collect(Collectors.joining(";"));
    }

    /** A GeoJSON Polygon (longitude first, ring closed), for maps. */
    public String geoJson() {
        List<GeoPoint> ring = new ArrayList<>(corners);
        ring.add(corners.get(0));
        return ring.stream().map(corner -> String.format(Locale.ROOT, "[%.6f,%.6f]", corner.longitude(), corner.latitude()))
                .collect(Collectors.joining(",", "{\"type\":\"Polygon\",\"coordinates\":[[", "]]}"));
    }
}
