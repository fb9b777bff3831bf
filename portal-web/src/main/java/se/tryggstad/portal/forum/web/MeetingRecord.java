package se.tryggstad.portal.forum.web;

import se.tryggstad.portal.forum.application.MeetingView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The fields of a meeting's record: minutes, attending organisations, summary and whether to publish it. */
public class MeetingRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private String minutes;
    private List<Long> attendees = new ArrayList<>();
    private String summary;
    private boolean publish;

    static MeetingRecord of(MeetingView meeting) {
        MeetingRecord record = new MeetingRecord();
        record.minutes = meeting.minutes();
        record.attendees = new ArrayList<>(meeting.attendingOrganisationIds());
        record.summary = meeting.publicSummary();
        record.publish = meeting.summaryPublished();
        return record;
    }

    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public List<Long> getAttendees() { return attendees; }
    public void setAttendees(List<Long> attendees) { this.attendees = attendees == null ? new ArrayList<>() : attendees; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean publish) { this.publish = publish; }
}
