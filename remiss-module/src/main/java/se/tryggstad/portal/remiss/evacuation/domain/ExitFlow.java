package se.tryggstad.portal.remiss.evacuation.domain;

/** One exit in a calculation: its width and kind, whether it is used, and how many persons it passes per minute. */
public record ExitFlow(long exitId, String name, ExitKind kind, double widthMetres, boolean open,
                       double ratePerMetreMinute, double personsPerMinute) {
}
