package se.tryggstad.portal.shared.domain;

/** A point on the earth in WGS 84 degrees, as maps and phones give it. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("latitude out of range: " + latitude);
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("longitude out of range: " + longitude);
        }
    }

    /** The great-circle distance (haversine), good to a few metres over a city. */
    public double metresTo(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** A box that holds every point within {@code metres} of this one (and some more in the corners). */
    public BoundingBox boxAround(double metres) {
        double dLat = Math.toDegrees(metres / EARTH_RADIUS_METRES);
        double dLon = Math.toDegrees(metres / (EARTH_RADIUS_METRES * Math.cos(Math.toRadians(latitude))));
        return new BoundingBox(Math.max(-90, latitude - dLat), Math.max(-180, longitude - dLon),
                Math.min(90, latitude + dLat), Math.min(180, longitude + dLon));
    }
}
