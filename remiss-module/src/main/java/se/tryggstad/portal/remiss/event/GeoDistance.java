package se.tryggstad.portal.remiss.event;

/** Great-circle distance between two points on the earth (haversine, mean earth radius). */
public final class GeoDistance {

    /** Mean earth radius (IUGG), in metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private GeoDistance() {
    }

    public static double metres(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double deltaPhi = Math.toRadians(latitude2 - latitude1);
        double deltaLambda = Math.toRadians(longitude2 - longitude1);
        double a = Math.sin(deltaPhi / 2) * Math.sin(deltaPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(deltaLambda / 2) * Math.sin(deltaLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
