package se.tryggstad.portal.remiss.evacuation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.tryggstad.portal.remiss.event.GeoDistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An area a crowd must be able to leave: where it is (centre and radius, to find the area of an event), how many
 * it holds, and its exits. {@code approximate} marks geometry that is demo or estimate, not surveyed.
 */
@Entity
@Table(name = "rms_evac_area")
@NamedQuery(name = EvacuationArea.ALL, query = "SELECT a FROM EvacuationArea a ORDER BY a.name")
public class EvacuationArea {

    public static final String ALL = "EvacuationArea.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    @Column(name = "radius_m", nullable = false)
    private int radiusMetres;

    @Column(nullable = false)
    private int capacity;

    /** The area around the national arena: used for every event that says it is in the arena area. */
    @Column(name = "arena", nullable = false)
    private boolean arena;

    @Column(nullable = false)
    private boolean approximate;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("name ASC")
    private List<AreaExit> exits = new ArrayList<>();

    protected EvacuationArea() {
    }

    /** An area for tests and seeding: exits are added with {@link #addExit}. */
    public static EvacuationArea of(String name, double latitude, double longitude, int radiusMetres, int capacity,
                                    boolean arena, boolean approximate) {
        EvacuationArea area = new EvacuationArea();
        area.name = name;
        area.latitude = latitude;
        area.longitude = longitude;
        area.radiusMetres = radiusMetres;
        area.capacity = capacity;
        area.arena = arena;
        area.approximate = approximate;
        return area;
    }

    public AreaExit addExit(String name, double widthMetres, ExitKind kind, boolean open) {
        AreaExit exit = new AreaExit(this, name, widthMetres, kind, open);
        exits.add(exit);
        return exit;
    }

    /** Opens or closes an exit (e.g. a gate in a fence opened for a large event). */
    public void setExitOpen(long exitId, boolean open) {
        exit(exitId).orElseThrow(() -> new IllegalArgumentException("no exit " + exitId)).setOpen(open);
    }

    public Optional<AreaExit> exit(long exitId) {
        return exits.stream().filter(exit -> exit.id() != null && exit.id() == exitId).findFirst();
    }

    /** Whether a point lies within this area's radius. */
    public boolean covers(double pointLatitude, double pointLongitude) {
        return distanceTo(pointLatitude, pointLongitude) <= radiusMetres;
    }

    public double distanceTo(double pointLatitude, double pointLongitude) {
        return GeoDistance.metres(latitude, longitude, pointLatitude, pointLongitude);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public int capacity() {
        return capacity;
    }

    public boolean isArena() {
        return arena;
    }

    public boolean isApproximate() {
        return approximate;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public int radiusMetres() {
        return radiusMetres;
    }

    public List<AreaExit> exits() {
        return List.copyOf(exits);
    }
}
