package se.tryggstad.portal.leisure.infrastructure;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import se.tryggstad.portal.leisure.domain.ActivityDetails;
import se.tryggstad.portal.leisure.domain.Occurrence;
import se.tryggstad.portal.leisure.domain.Schedule;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Activities as an iCalendar (RFC 5545) document: a weekly activity is one event with an RRULE,
 * a dated one an event per date. Times are local Solna time with the Europe/Stockholm VTIMEZONE.
 */
public final class ActivityCalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    public static final ZoneId SOLNA_TIME = ZoneId.of("Europe/Stockholm");
    static final String UID_DOMAIN = "@fritid.tryggstad.solna.se";

    /** One activity as the calendar needs it. */
    public record Entry(long id, String organiser, ActivityDetails details, Instant updated) {
    }

    private ActivityCalendar() {
    }

    /**
     * @param now      the DTSTAMP of every event: when this document was made
     * @param baseUri  the portal's address, for each event's URL
     * @param language sv or en: which title and description to use when both exist
     */
    public static String of(List<Entry> entries, Instant now, URI baseUri, String language) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Solna stad//Trygg stad fritid//SV"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        if (!entries.isEmpty()) {
            calendar.add(stockholm());
        }
        for (Entry entry : entries) {
            events(entry, now, baseUri, language).forEach(calendar::add);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Europe/Stockholm with today's rules (CET/CEST, EU summer time). Written here rather than taken
     * from ical4j's bundled zoneinfo, which since tzdata 2025 describes Stockholm as Europe/Berlin,
     * so that the VTIMEZONE's TZID is the one the events name.
     */
    private static final String STOCKHOLM_VTIMEZONE = String.join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Solna stad//Trygg stad//SV",
            "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
            "DTSTART:19810329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
            "DTSTART:19961027T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE", "END:VCALENDAR", "");

    private static VTimeZone stockholm() {
        try {
            Calendar holder = new CalendarBuilder().build(new StringReader(STOCKHOLM_VTIMEZONE));
            return (VTimeZone) holder.<VTimeZone>getComponent("VTIMEZONE").orElseThrow().copy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalStateException("the built-in VTIMEZONE does not parse", e);
        }
    }

    static List<VEvent> events(Entry entry, Instant now, URI baseUri, String language) {
        Schedule schedule = entry.details().schedule();
        if (schedule.kind() == Schedule.Kind.WEEKLY) {
            return firstWeeklyOccurrence(schedule)
                    .map(first -> List.of(weekly(entry, schedule, first, now, baseUri, language)))
                    .orElse(List.of());
        }
        List<Occurrence> dates = schedule.dates();
        return java.util.stream.IntStream.range(0, dates.size())
                .mapToObj(n -> event(entry, dates.get(n), "activity-" + entry.id() + "-" + (n + 1), now, baseUri,
                        language))
                .toList();
    }

    private static java.util.Optional<Occurrence> firstWeeklyOccurrence(Schedule schedule) {
        return schedule.occurrencesBetween(schedule.validFrom(), schedule.validFrom().plusDays(6)).stream().findFirst();
    }

    private static VEvent weekly(Entry entry, Schedule schedule, Occurrence first, Instant now, URI baseUri,
                                 String language) {
        VEvent event = event(entry, first, "activity-" + entry.id(), now, baseUri, language);
        Instant until = ZonedDateTime.of(schedule.validTo(), LocalTime.of(23, 59, 59), SOLNA_TIME).toInstant();
        Recur<Instant> recur = new Recur.Builder<Instant>()
                .frequency(Frequency.WEEKLY)
                .dayList(schedule.weekdays().stream().sorted().map(WeekDay::getWeekDay).toList())
                .until(until)
                .build();
        event.add(new RRule<>(recur));
        return event;
    }

    private static VEvent event(Entry entry, Occurrence occurrence, String uid, Instant now, URI baseUri,
                                String language) {
        ActivityDetails details = entry.details();
        boolean english = "en".equals(language) && details.isTranslated();
        String title = english ? details.titleEn() : details.titleSv();
        String description = (english ? details.descriptionEn() : details.descriptionSv())
                + "\n\n" + entry.organiser() + ", " + details.contact();
        VEvent event = new VEvent(at(occurrence.date(), occurrence.start()), at(occurrence.date(), occurrence.end()),
                title);
        event.replace(new DtStamp(now));
        event.add(new Uid(uid + UID_DOMAIN));
        event.add(new Description(description));
        event.add(new Location(details.placeName() + ", " + details.area().displayName() + ", Solna"));
        event.add(new Geo(BigDecimal.valueOf(details.latitude()), BigDecimal.valueOf(details.longitude())));
        event.add(new Categories(details.category().name().toLowerCase(Locale.ROOT)));
        event.add(new LastModified(entry.updated()));
        event.add(new Url(baseUri.resolve("fritid/aktivitet.xhtml?id=" + entry.id())));
        return event;
    }

    private static ZonedDateTime at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, SOLNA_TIME);
    }
}
