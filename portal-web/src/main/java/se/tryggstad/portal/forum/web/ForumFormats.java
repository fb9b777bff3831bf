package se.tryggstad.portal.forum.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times on forum pages, in Solna time and the page's language. */
public final class ForumFormats {

    private static final ZoneId SOLNA_TIME = ZoneId.of("Europe/Stockholm");

    private ForumFormats() {
    }

    public static String when(Instant start, Instant end) {
        Locale locale = Locale.forLanguageTag(ForumPages.language());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale).withZone(SOLNA_TIME);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(SOLNA_TIME);
        return end == null ? day.format(start) : day.format(start) + "–" + time.format(end);
    }
}
