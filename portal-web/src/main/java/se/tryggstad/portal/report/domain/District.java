package se.tryggstad.portal.report.domain;

import se.tryggstad.portal.shared.domain.GeoPoint;

import java.util.List;

/**
 * A stadsdel (district) as a set of polygons, each an outer ring with optional holes, in WGS 84
 * degrees. Which districts exist and where their borders run comes from a configurable GeoJSON file.
 */
public record District(String code, String name, List<Area> areas) {

    public District {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a district needs a code and a name");
        }
        if (areas == null || areas.isEmpty()) {
            throw new IllegalArgumentException("district " + code + " has no polygon");
        }
        areas = List.copyOf(areas);
    }

    public boolean contains(GeoPoint point) {
        return areas.stream().anyMatch(area -> area.contains(point));
    }

    /** One polygon: inside the outer ring and outside every hole. */
    public record Area(Ring outer, List<Ring> holes) {

        public Area {
            holes = holes == null ? List.of() : List.copyOf(holes);
        }

        public boolean contains(GeoPoint point) {
            return outer.contains(point) && holes.stream().noneMatch(hole -> hole.contains(point));
        }
    }

    /** A closed ring of points; the last point may repeat the first, as GeoJSON requires. */
    public record Ring(List<GeoPoint> points) {

        public Ring {
            if (points == null || points.size() < 3) {
                throw new IllegalArgumentException("a ring needs at least three points");
            }
            points = List.copyOf(points);
        }

        /**
         * Ray casting: a ray from the point eastwards crosses the ring an odd number of times when
         * the point lies inside. Edges are half-open in latitude, so a vertex on the ray counts once.
         * Over a municipality, treating degrees as a plane is exact enough.
         */
        public boolean contains(GeoPoint point) {
            double x = point.longitude();
            double y = point.latitude();
            boolean inside = false;
            int n = points.size();
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = points.get(i).longitude();
                double yi = points.get(i).latitude();
                double xj = points.get(j).longitude();
                double yj = points.get(j).latitude();
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }
}
