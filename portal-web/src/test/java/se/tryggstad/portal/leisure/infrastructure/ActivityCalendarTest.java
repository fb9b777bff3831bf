package se.tryggstad.portal.leisure.infrastructure;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import se.tryggstad.portal.leisure.domain.Activities;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityCalendarTest {

    private static final Instant NOW = Instant.parse("2026-01-10T09:30:00Z");
    private static final URI BASE = URI.create("https://trygg.solna.se/");

    @Test
    void aWeeklyActivityIsOneEventWithAWeeklyRuleThatValidates() throws Exception {
        String ics = ActivityCalendar.of(List.of(new ActivityCalendar.Entry(7, "Råsunda IS", Activities.football(), NOW)),
                NOW, BASE, "sv");

        Calendar calendar = parse(ics);
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals("activity-7@fritid.tryggstad.solna.se", value(event, Property.UID));
        assertEquals("20260110T093000Z", value(event, Property.DTSTAMP));
        assertEquals("20260112T160000", value(event, Property.DTSTART), "the first Monday of the period");
        assertEquals("Europe/Stockholm", event.getProperty(Property.DTSTART).orElseThrow()
                .getParameter("TZID").orElseThrow().getValue());
        assertEquals("FREQ=WEEKLY;UNTIL=20260531T215959Z;BYDAY=MO,TH", value(event, Property.RRULE));
        assertEquals("Fotboll för nybörjare", value(event, Property.SUMMARY));
        assertTrue(ics.contains("BEGIN:VTIMEZONE") && ics.contains("TZID:Europe/Stockholm"), ics);
        assertTrue(value(event, Property.URL).endsWith("/fritid/aktivitet.xhtml?id=7"));
    }

    @Test
    void aDatedActivityIsAnEventPerDateAndEnglishIsUsedWhenTranslated() throws Exception {
        String ics = ActivityCalendar.of(List.of(
                        new ActivityCalendar.Entry(8, "Solna stad", Activities.sportlovCraft(), NOW),
                        new ActivityCalendar.Entry(7, "Råsunda IS", Activities.football(), NOW)),
                NOW, BASE, "en");

        Calendar calendar = parse(ics);
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(3, events.size());
        assertEquals("activity-8-1@fritid.tryggstad.solna.se", value(events.get(0), Property.UID));
        assertEquals("20260223T100000", value(events.get(0), Property.DTSTART));
        assertEquals("20260224T140000", value(events.get(1), Property.DTEND));
        assertEquals("Lovpyssel i biblioteket", value(events.get(0), Property.SUMMARY), "not translated: Swedish");
        assertEquals("Football for beginners", value(events.get(2), Property.SUMMARY));
    }

    @Test
    void anEmptyListIsStillAValidCalendarDocument() throws Exception {
        String ics = ActivityCalendar.of(List.of(), NOW, BASE, "sv");
        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        parse(ics);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
