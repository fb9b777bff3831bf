package se.tryggstad.portal.remiss.evacuation.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The evacuation time of a crowd from an area: the crowd divided by the summed flow of the exits in use (rates of
 * passage per metre of width per minute, lower with alcohol), against the limit. It fails when the time is over the
 * limit or the crowd is over the area's capacity; {@code margin} is limit minus time (negative when too slow).
 */
public record EvacuationCalculation(long areaId, String areaName, boolean approximate, int crowd, int capacity,
                                    boolean alcohol, List<ExitFlow> exits, double personsPerMinute,
                                    Duration evacuationTime, Duration limit, Duration margin, boolean overCapacity,
                                    boolean passes) {

    public EvacuationCalculation {
        exits = List.copyOf(exits);
    }

    /**
     * Calculates; exits that are closed are listed but pass nobody unless {@code withClosedExits}. No open exit at
     * all means the crowd cannot leave: the time is unbounded (shown as {@link #NO_WAY_OUT}) and the check fails.
     */
    public static EvacuationCalculation of(EvacuationArea area, int crowd, boolean alcohol, boolean withClosedExits,
                                           Duration limit) {
        if (crowd < 0) {
            throw new IllegalArgumentException("crowd " + crowd);
        }
        List<ExitFlow> flows = new ArrayList<>();
        double perMinute = 0;
        for (AreaExit exit : area.exits()) {
            boolean used = exit.isOpen() || withClosedExits;
            double rate = FlowConstants.ratePerMetreMinute(exit.kind(), alcohol);
            double persons = used ? exit.widthMetres() * rate : 0;
            perMinute += persons;
            flows.add(new ExitFlow(exit.id() == null ? 0 : exit.id(), exit.name(), exit.kind(), exit.widthMetres(), used,
                    rate, persons));
        }
        Duration time = crowd == 0 ? Duration.ZERO
                : perMinute <= 0 ? NO_WAY_OUT : Duration.ofSeconds((long) Math.ceil(crowd * 60.0 / perMinute));
        boolean overCapacity = crowd > area.capacity();
        boolean inTime = time.compareTo(limit) <= 0;
        return new EvacuationCalculation(area.id() == null ? 0 : area.id(), area.name(), area.isApproximate(), crowd,
                area.capacity(), alcohol, flows, perMinute, time, limit, limit.minus(time), overCapacity,
                inTime && !overCapacity);
    }

    /** The time shown when no exit is open: a day, far beyond any limit. */
    public static final Duration NO_WAY_OUT = Duration.ofDays(1);
}
