package se.tryggstad.portal.forum.infrastructure;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import se.tryggstad.portal.forum.domain.Forum;
import se.tryggstad.portal.forum.domain.Meeting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;

/**
 * A forum meeting as an iCalendar (RFC 5545) invitation to put in one's calendar: one VEVENT in UTC
 * with the agenda as description and a link to the workspace. The version is the SEQUENCE, so a moved
 * meeting updates the entry.
 */
public final class MeetingCalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    static final String UID_DOMAIN = "@samverkan.tryggstad.solna.se";

    private MeetingCalendar() {
    }

    public static String of(Meeting meeting, Forum forum, Instant now, URI portalRoot) {
        VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(), meeting.title() + " – " + forum.name());
        event.replace(new DtStamp(now));
        event.add(new Uid("meeting-" + meeting.id() + UID_DOMAIN));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, meeting.version())));
        event.add(new Location(meeting.place()));
        event.add(new Description(meeting.agenda()));
        event.add(new LastModified(meeting.updatedAt()));
        event.add(new Url(portalRoot.resolve("partner/samverkan/moten.xhtml?id=" + forum.id())));
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Solna stad//Trygg stad samverkan//SV"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
