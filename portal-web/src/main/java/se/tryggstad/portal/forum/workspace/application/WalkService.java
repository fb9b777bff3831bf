package se.tryggstad.portal.forum.workspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.application.MemberOrganisation;
import se.tryggstad.portal.forum.workspace.domain.Walk;
import se.tryggstad.portal.forum.workspace.domain.WalkFinding;
import se.tryggstad.portal.forum.workspace.domain.WalkRoute;
import se.tryggstad.portal.forum.workspace.infrastructure.WalkRepository;
import se.tryggstad.portal.report.application.PublicReport;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.ReportService;
import se.tryggstad.portal.report.application.Submitted;
import se.tryggstad.portal.report.domain.ReportDraft;
import se.tryggstad.portal.shared.FieldProblem;
import se.tryggstad.portal.shared.domain.BoundingBox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Trygghetsvandringar: members plan a walk (time, meeting point, route, invited member
 * organisations) and record findings on it. A finding becomes an ordinary report through the report
 * context's {@link ReportService}, in the same transaction as the link kept here, so there is never
 * a finding without its report or the other way round.
 */
@ApplicationScoped
@Transactional
public class WalkService {

    static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");

    @Inject
    ForumAccess access;

    @Inject
    ForumQueries forums;

    @Inject
    WalkRepository walks;

    @Inject
    ReportService reports;

    @Inject
    ReportQueries reportQueries;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trygg.report.bounds", defaultValue = "59.34,17.95,59.40,18.06")
    String cityBounds;

    public WalkRow plan(long forumId, WalkPlan plan) {
        return plan(access.requireMember(forumId), plan, access.caller().username());
    }

    /** A walk planned by someone else, for demo content and imports: no caller check, the same rules. */
    public WalkRow importWalk(long forumId, WalkPlan plan, String plannedBy) {
        return plan(forums.find(forumId).orElseThrow(ForumRejected::notFound), plan, plannedBy);
    }

    private WalkRow plan(ForumSummary forum, WalkPlan plan, String plannedBy) {
        long forumId = forum.id();
        List<FieldProblem> problems = new ArrayList<>();
        String title = text(plan.title(), "title", problems);
        String meetingPoint = text(plan.meetingPoint(), "meetingPoint", problems);
        Instant startsAt = null;
        try {
            startsAt = LocalDate.parse(plan.date() == null ? "" : plan.date().strip())
                    .atTime(LocalTime.parse(plan.time() == null ? "" : plan.time().strip())).atZone(SOLNA).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("date", "forum.walk.when.invalid"));
        }
        WalkRoute.problemWith(plan.route(), BoundingBox.parse(cityBounds))
                .ifPresent(key -> problems.add(new FieldProblem("route", key)));
        List<Long> invited = plan.invitedOrganisations() == null ? List.of() : plan.invitedOrganisations();
        if (!forum.memberOrganisationIds().containsAll(invited)) {
            problems.add(new FieldProblem("invited", "forum.walk.invited.notMember"));
        }
        if (!problems.isEmpty()) {
            throw ForumRejected.invalid(problems);
        }
        Walk walk = Walk.plan(forumId, title, startsAt, meetingPoint, WalkRoute.parse(plan.route()), invited,
                plannedBy, clock.instant());
        walks.add(walk);
        return rowOf(walk, forum);
    }

    private static String text(String value, String field, List<FieldProblem> problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            problems.add(new FieldProblem(field, "forum.walk." + field + ".required"));
        } else if (clean.length() > Walk.MAX_TEXT) {
            problems.add(new FieldProblem(field, "forum.walk.tooLong"));
        }
        return clean;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WalkRow> walks(long forumId) {
        ForumSummary forum = access.requireMember(forumId);
        return walks.ofForum(forumId).stream().map(walk -> rowOf(walk, forum)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WalkRow walk(long forumId, long walkId) {
        ForumSummary forum = access.requireMember(forumId);
        return walks.find(forumId, walkId).map(walk -> rowOf(walk, forum)).orElseThrow(ForumRejected::notFound);
    }

    /** The walk's findings with their reports' current status, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FindingRow> findings(long forumId, long walkId, String language) {
        access.requireMember(forumId);
        walks.find(forumId, walkId).orElseThrow(ForumRejected::notFound);
        List<FindingRow> rows = new ArrayList<>();
        for (WalkFinding finding : walks.findings(walkId)) {
            reportQueries.byReference(finding.reportReference(), language).ifPresent(report ->
                    rows.add(rowOf(report, finding)));
        }
        return rows;
    }

    /** Records a finding as a new report linked to the walk; the report's refusals come back at their fields. */
    public FindingRow recordFinding(long forumId, long walkId, FindingDraft draft, String language) {
        access.requireMember(forumId);
        Walk walk = walks.find(forumId, walkId).orElseThrow(ForumRejected::notFound);
        Submitted submitted = reports.submitFromForum(new ReportDraft(draft.category(), draft.latitude(),
                draft.longitude(), draft.place(), draft.description(), Set.of(), Set.of(), null, null, false,
                "en".equals(language) ? "en" : "sv"));
        WalkFinding finding = new WalkFinding(walk.id(), submitted.id(), submitted.reference(),
                access.caller().username(), clock.instant());
        walks.add(finding);
        PublicReport report = reportQueries.byReference(submitted.reference(), language).orElseThrow();
        return rowOf(report, finding);
    }

    /** The member organisations of the forum, to choose whom to invite. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberOrganisation> members(long forumId) {
        return forums.membersOf(access.requireMember(forumId));
    }

    private WalkRow rowOf(Walk walk, ForumSummary forum) {
        Map<Long, String> names = forums.membersOf(forum).stream()
                .collect(Collectors.toMap(MemberOrganisation::id, MemberOrganisation::name, (a, b) -> a));
        WalkRoute route = walk.route();
        return new WalkRow(walk.id(), walk.title(), walk.startsAt(), walk.meetingPoint(), route.text(), route.geoJson(),
                walk.invitedOrganisations().stream().map(names::get).filter(name -> name != null).sorted().toList(),
                walk.plannedBy());
    }

    private static FindingRow rowOf(PublicReport report, WalkFinding finding) {
        return new FindingRow(report.reference(), report.categoryName(), report.place(), report.status(),
                report.latitude(), report.longitude(), finding.recordedBy(), finding.recordedAt());
    }
}
