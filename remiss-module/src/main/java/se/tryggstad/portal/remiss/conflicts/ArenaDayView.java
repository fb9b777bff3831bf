package se.tryggstad.portal.remiss.conflicts;

import java.time.LocalDate;

/** An arena event day as pages and the API show it. */
public record ArenaDayView(long id, LocalDate day, String name) {
}
