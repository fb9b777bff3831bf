package se.tryggstad.portal.remiss.evacuation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An exit of an evacuation area: its clear width in metres, level or stairs, and whether it is open. */
@Entity
@Table(name = "rms_evac_exit")
public class AreaExit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "area_id", nullable = false, updatable = false)
    private EvacuationArea area;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(name = "width_m", nullable = false)
    private double widthMetres;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ExitKind kind;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    protected AreaExit() {
    }

    AreaExit(EvacuationArea area, String name, double widthMetres, ExitKind kind, boolean open) {
        if (widthMetres <= 0) {
            throw new IllegalArgumentException("width " + widthMetres);
        }
        this.area = area;
        this.name = name;
        this.widthMetres = widthMetres;
        this.kind = kind;
        this.open = open;
    }

    void setOpen(boolean open) {
        this.open = open;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public double widthMetres() {
        return widthMetres;
    }

    public ExitKind kind() {
        return kind;
    }

    public boolean isOpen() {
        return open;
    }
}
