package se.tryggstad.portal.forum.workspace.domain;

import se.tryggstad.portal.shared.domain.BoundingBox;
import se.tryggstad.portal.shared.domain.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The route of a trygghetsvandring: two or more points in walking order, written
 * {@code lat,lon;lat,lon;…} (what the map fills in, and what can be typed without JavaScript).
 */
public record WalkRoute(List<GeoPoint> points) {

    public static final int MAX_POINTS = 200;

    public WalkRoute {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a route has at least two points");
        }
    }

    /** The message key of what is wrong with the text as a route inside the city, if anything. */
    public static Optional<String> problemWith(String text, BoundingBox city) {
        List<GeoPoint> points;
        try {
            points = pointsOf(text);
        } catch (IllegalArgumentException e) {
            return Optional.of("forum.walk.route.format");
        }
        if (points.size() < 2) {
            return Optional.of("forum.walk.route.tooShort");
        }
        if (points.size() > MAX_POINTS) {
            return Optional.of("forum.walk.route.tooLong");
        }
        if (!points.stream().allMatch(city::contains)) {
            return Optional.of("forum.walk.route.outside");
        }
        return Optional.empty();
    }

    public static WalkRoute parse(String text) {
        return new WalkRoute(pointsOf(text));
    }

    private static List<GeoPoint> pointsOf(String text) {
        List<GeoPoint> points = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return points;
        }
        for (String pair : text.strip().split("\\s*;\\s*")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split("\\s*,\\s*");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a point is lat,lon: " + pair);
            }
            points.add(new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
        }
        return points;
    }

    public String text() {
        return points.stream().map(p -> String.format(Locale.ROOT, "%.6f,%.6f", p.latitude(), p.longitude()))
                .collect(Collectors.joining(";"));
    }

    /** A GeoJSON LineString (longitude first). */
    public String geoJson() {
        return points.stream().map(p -> String.format(Locale.ROOT, "[%.6f,%.6f]", p.longitude(), p.latitude()))
                .collect(Collectors.joining(",", "{\"type\":\"LineString\",\"coordinates\":[", "]}"));
    }
}
