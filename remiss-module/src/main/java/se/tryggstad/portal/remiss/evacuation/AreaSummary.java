package se.tryggstad.portal.remiss.evacuation;

import se.tryggstad.portal.remiss.evacuation.domain.EvacuationArea;
import se.tryggstad.portal.remiss.evacuation.domain.ExitKind;

import java.util.List;

/** An evacuation area as pages list it, with its exits and its lock version. */
public record AreaSummary(long id, String name, int capacity, boolean arena, boolean approximate, long lockVersion,
                          List<ExitSummary> exits) {

    /** An exit of the area. */
    public record ExitSummary(long id, String name, double widthMetres, ExitKind kind, boolean open) {
    }

    public AreaSummary {
        exits = List.copyOf(exits);
    }

    static AreaSummary of(EvacuationArea area) {
        return new AreaSummary(area.id(), area.name(), area.capacity(), area.isArena(), area.isApproximate(),
                area.version(), area.exits().stream().map(exit -> new ExitSummary(exit.id(), exit.name(),
                exit.widthMetres(), exit.kind(), exit.isOpen())).toList());
    }
}
