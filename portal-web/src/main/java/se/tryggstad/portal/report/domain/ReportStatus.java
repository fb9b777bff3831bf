package se.tryggstad.portal.report.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a report is in the city's handling. Open statuses still need work; a closed report can be
 * opened again ({@link #MOTTAGEN}) when the problem comes back.
 */
public enum ReportStatus {
    NY, MOTTAGEN, PLANERAD, ATGARDAD, AVSLUTAD, POLISEN, EJ_ATGARD;

    public boolean isOpen() {
        return this == NY || this == MOTTAGEN || this == PLANERAD;
    }

    /** The statuses staff may move a report in this status to. */
    public Set<ReportStatus> next() {
        return switch (this) {
            case NY -> EnumSet.of(MOTTAGEN, PLANERAD, ATGARDAD, AVSLUTAD, POLISEN, EJ_ATGARD);
            case MOTTAGEN -> EnumSet.of(PLANERAD, ATGARDAD, AVSLUTAD, POLISEN, EJ_ATGARD);
            case PLANERAD -> EnumSet.of(MOTTAGEN, ATGARDAD, AVSLUTAD, POLISEN, EJ_ATGARD);
            case ATGARDAD -> EnumSet.of(AVSLUTAD, MOTTAGEN);
            case POLISEN, EJ_ATGARD -> EnumSet.of(AVSLUTAD, MOTTAGEN);
            case AVSLUTAD -> EnumSet.of(MOTTAGEN);
        };
    }

    public boolean canMoveTo(ReportStatus target) {
        return target != null && next().contains(target);
    }
}
