package se.tryggstad.portal.forum.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumMeetings;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.application.MeetingView;
import se.tryggstad.portal.forum.application.MemberOrganisation;
import se.tryggstad.portal.forum.domain.MeetingPlan;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * /partner/samverkan/moten.xhtml?id=: the forum's meetings. Members plan a meeting, download its iCal
 * invitation, and record minutes, attending organisations and a summary to publish.
 */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final ZoneId SOLNA_TIME = ZoneId.of("Europe/Stockholm");

    @Inject
    ForumAccess access;

    @Inject
    ForumQueries queries;

    @Inject
    ForumMeetings meetings;

    private String id;
    private ForumSummary forum;
    private List<MeetingView> all;
    private final MeetingForm form = new MeetingForm();
    private final Map<Long, MeetingRecord> records = new HashMap<>();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            forum = access.requireMember(ForumPages.idOf(id).orElseThrow(ForumRejected::notFound));
            refresh();
        } catch (ForumRejected notReadable) {
            ForumPages.notFound();
        }
    }

    public void plan() {
        try {
            LocalDate day = LocalDate.parse(form.getDate().strip());
            MeetingPlan plan = new MeetingPlan(form.getTitle(),
                    day.atTime(LocalTime.parse(form.getStart().strip())).atZone(SOLNA_TIME).toInstant(),
                    day.atTime(LocalTime.parse(form.getEnd().strip())).atZone(SOLNA_TIME).toInstant(),
                    form.getPlace(), form.getAgenda());
            meetings.plan(forum.id(), plan);
            FacesMessages.info("forum.meeting.saved");
            form.clear();
            refresh();
        } catch (DateTimeParseException | NullPointerException e) {
            FacesMessages.error("plan:date", "forum.meeting.startsAt.invalid");
        } catch (ForumRejected rejected) {
            for (FieldProblem problem : rejected.problems()) {
                String field = "startsAt".equals(problem.field()) ? "date" : "endsAt".equals(problem.field()) ? "end"
                        : problem.field();
                FacesMessages.error(field.isEmpty() ? null : "plan:" + field, problem.messageKey());
            }
        }
    }

    public void record(long meetingId) {
        MeetingRecord record = records.get(meetingId);
        try {
            meetings.record(forum.id(), meetingId, record.getMinutes(), Set.copyOf(record.getAttendees()),
                    record.getSummary(), record.isPublish());
            FacesMessages.info("forum.meeting.saved");
            refresh();
        } catch (ForumRejected rejected) {
            FacesMessages.error(null, rejected.messageKey());
        }
    }

    private void refresh() {
        all = meetings.meetingsOf(forum.id());
        all.forEach(meeting -> records.put(meeting.id(), MeetingRecord.of(meeting)));
    }

    public String when(MeetingView meeting) {
        return ForumFormats.when(meeting.startsAt(), meeting.endsAt());
    }

    public List<MemberOrganisation> getMembers() { return queries.membersOf(forum); }
    public ForumSummary getForum() { return forum; }
    public List<MeetingView> getMeetings() { return all; }
    public MeetingForm getForm() { return form; }
    public Map<Long, MeetingRecord> getRecords() { return records; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
