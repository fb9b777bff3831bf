package se.tryggstad.portal.forum.domain;

import se.tryggstad.portal.shared.FieldProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** When and where a meeting is and what it is about. */
public record MeetingPlan(String title, Instant startsAt, Instant endsAt, String place, String agenda) {

    public MeetingPlan {
        title = title == null ? "" : title.strip();
        place = place == null ? "" : place.strip();
        agenda = agenda == null ? "" : agenda.strip();
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (title.isEmpty() || title.length() > Meeting.MAX_TITLE) {
            problems.add(new FieldProblem("title", "forum.meeting.title.invalid"));
        }
        if (startsAt == null) {
            problems.add(new FieldProblem("startsAt", "forum.meeting.startsAt.invalid"));
        }
        if (endsAt == null || (startsAt != null && (!endsAt.isAfter(startsAt)
                || Duration.between(startsAt, endsAt).compareTo(Duration.ofHours(24)) > 0))) {
            problems.add(new FieldProblem("endsAt", "forum.meeting.endsAt.invalid"));
        }
        if (place.isEmpty() || place.length() > 200) {
            problems.add(new FieldProblem("place", "forum.meeting.place.invalid"));
        }
        if (agenda.length() > Meeting.MAX_TEXT) {
            problems.add(new FieldProblem("agenda", "forum.meeting.text.tooLong"));
        }
        return problems;
    }
}
