package se.tryggstad.portal.shared.domain;

import java.util.Locale;

/** A rectangle of latitudes and longitudes, e.g. the municipality's area; edges belong to it. */
public record BoundingBox(double south, double west, double north, double east) {

    public BoundingBox {
        if (!(south <= north) || !(west <= east)) {
            throw new IllegalArgumentException("not a box: " + south + "," + west + "," + north + "," + east);
        }
        new GeoPoint(south, west);
        new GeoPoint(north, east);
    }

    /** Reads {@code south,west,north,east} in degrees, e.g. {@code 59.34,17.95,59.40,18.06}. */
    public static BoundingBox parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("a box is south,west,north,east: " + text);
        }
        try {
            return new BoundingBox(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                    Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a box is south,west,north,east in degrees: " + text, e);
        }
    }

    public boolean contains(GeoPoint point) {
        return point.latitude() >= south && point.latitude() <= north
                && point.longitude() >= west && point.longitude() <= east;
    }

    public GeoPoint centre() {
        return new GeoPoint((south + north) / 2, (west + east) / 2);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", south, west, north, east);
    }
}
