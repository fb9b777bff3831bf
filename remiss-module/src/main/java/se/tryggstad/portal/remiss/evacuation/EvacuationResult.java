package se.tryggstad.portal.remiss.evacuation;

import java.time.Duration;

/**
 * The evacuation time of a crowd from an area against the limit: passes when the time is within the limit;
 * {@code margin} is limit minus time (negative when it fails). {@code approximate} marks demo geometry.
 */
public record EvacuationResult(String areaName, int crowd, Duration evacuationTime, Duration limit, Duration margin,
                               boolean passes, boolean approximate) {
}
