package se.tryggstad.portal.remiss.evacuation.domain;

import java.util.List;

/**
 * The documented constants of the evacuation calculation, each with its source, so that a handler can check them.
 *
 * <p>Rates of passage (persons per metre of exit width per minute) are those of the UK <em>Guide to Safety at Sports
 * Grounds</em> ("Green Guide", Sports Grounds Safety Authority, 6th edition 2018, chapter 10 "Circulation – egress"):
 * 82 on the level and 66 on stairways (66 is the upper limit for stepped exits). The reduced rates where alcohol is
 * consumed (72 level, 56 stairs) are as given in Buckinghamshire Council's event guidance "Assessing site
 * suitability", which applies the Green Guide to event sites. The default limit of 8 minutes is the Green Guide's
 * normal maximum egress time for viewing accommodation (section 10.7, quoted in the SGSA's advice on paragraph
 * 13.4a, safetyatsportsgrounds.org.uk); the same guidance gives 6 minutes for high risk and 10 for low risk. The
 * density of 2 persons per m² (0.5 m² each) for an outdoor standing crowd is from HSE's <em>The Event Safety
 * Guide</em> (HSG195), used to derive an open area's capacity.
 */
public final class FlowConstants {

    public static final String GREEN_GUIDE = "Guide to Safety at Sports Grounds (Green Guide), SGSA, 6th ed. 2018, ch. 10";
    public static final String BUCKINGHAMSHIRE = "Buckinghamshire Council, Events: Assessing site suitability "
            + "(Green Guide flow rates with alcohol)";
    public static final String GREEN_GUIDE_EGRESS_TIME = "Green Guide section 10.7: normal maximum egress time 8 minutes "
            + "(SGSA advice on paragraph 13.4a)";
    public static final String EVENT_SAFETY_GUIDE = "HSE, The Event Safety Guide (HSG195): 0.5 m² per person outdoors";

    /** Persons per metre of level exit width per minute (Green Guide). */
    public static final double LEVEL_PER_METRE_MINUTE = 82;
    /** Persons per metre of stairway width per minute (Green Guide; the upper limit for stepped exits). */
    public static final double STAIRS_PER_METRE_MINUTE = 66;
    /** Level rate where alcohol is consumed (Buckinghamshire Council, after the Green Guide). */
    public static final double LEVEL_WITH_ALCOHOL_PER_METRE_MINUTE = 72;
    /** Stairway rate where alcohol is consumed (Buckinghamshire Council, after the Green Guide). */
    public static final double STAIRS_WITH_ALCOHOL_PER_METRE_MINUTE = 56;
    /** The default limit: the Green Guide's normal maximum egress time. */
    public static final int DEFAULT_LIMIT_MINUTES = 8;
    /** Persons per square metre of an outdoor standing crowd (HSG195), for the capacity of open areas. */
    public static final double PERSONS_PER_SQUARE_METRE = 2;

    /** A constant as pages show it: what it is, its value, its unit and where it comes from. */
    public record Constant(String key, double value, String unit, String source) {
    }

    private FlowConstants() {
    }

    public static double ratePerMetreMinute(ExitKind kind, boolean alcohol) {
        return switch (kind) {
            case LEVEL -> alcohol ? LEVEL_WITH_ALCOHOL_PER_METRE_MINUTE : LEVEL_PER_METRE_MINUTE;
            case STAIRS -> alcohol ? STAIRS_WITH_ALCOHOL_PER_METRE_MINUTE : STAIRS_PER_METRE_MINUTE;
        };
    }

    /** The capacity of an open standing area of this many square metres. */
    public static int capacityOfOpenArea(double squareMetres) {
        return (int) Math.floor(squareMetres * PERSONS_PER_SQUARE_METRE);
    }

    /** Every constant with its source, for the calculation's page; {@code limitMinutes} is the configured limit. */
    public static List<Constant> all(double limitMinutes) {
        return List.of(
                new Constant("level", LEVEL_PER_METRE_MINUTE, "persons/m/min", GREEN_GUIDE),
                new Constant("stairs", STAIRS_PER_METRE_MINUTE, "persons/m/min", GREEN_GUIDE),
                new Constant("levelAlcohol", LEVEL_WITH_ALCOHOL_PER_METRE_MINUTE, "persons/m/min", BUCKINGHAMSHIRE),
                new Constant("stairsAlcohol", STAIRS_WITH_ALCOHOL_PER_METRE_MINUTE, "persons/m/min", BUCKINGHAMSHIRE),
                new Constant("limit", limitMinutes, "min", GREEN_GUIDE_EGRESS_TIME),
                new Constant("density", PERSONS_PER_SQUARE_METRE, "persons/m²", EVENT_SAFETY_GUIDE));
    }
}
