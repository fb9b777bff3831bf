package se.tryggstad.portal.remiss.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.remiss.conflicts.ConflictCheck;
import se.tryggstad.portal.remiss.conflicts.EventConflict;
import se.tryggstad.portal.remiss.conflicts.ScheduledEvent;
import se.tryggstad.portal.remiss.domain.Attachment;
import se.tryggstad.portal.remiss.domain.Consultation;
import se.tryggstad.portal.remiss.domain.Remiss;
import se.tryggstad.portal.remiss.domain.RemissRejected;
import se.tryggstad.portal.remiss.domain.RemissStatus;
import se.tryggstad.portal.remiss.domain.SenderKey;
import se.tryggstad.portal.remiss.domain.Villkor;
import se.tryggstad.portal.remiss.domain.Yttrande;
import se.tryggstad.portal.remiss.evacuation.EvacuationCheck;
import se.tryggstad.portal.remiss.event.EventFacts;
import se.tryggstad.portal.remiss.infrastructure.RemissRepository;
import se.tryggstad.portal.remiss.requirements.ProposedVillkor;
import se.tryggstad.portal.remiss.requirements.RequirementEngine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What staff see of remisser: lists, the dashboard, one remiss with its checks, files, statistics. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RemissQueries {

    @Inject
    RemissRepository repository;

    @Inject
    RequirementEngine requirements;

    @Inject
    EvacuationCheck evacuation;

    @Inject
    ConflictCheck conflicts;

    @Inject
    RemissTime time;

    public long count() {
        return repository.count();
    }

    /** Remisser matching the filter (any part may be null), by svarsdatum. */
    public List<RemissRow> list(RemissFilter filter) {
        LocalDate today = time.today();
        return repository.all().stream().map(remiss -> rowOf(remiss, today)).filter(row -> filter.matches(row, today))
                .toList();
    }

    /** Unanswered remisser by how urgent they are. */
    public Dashboard dashboard() {
        LocalDate today = time.today();
        List<RemissRow> open = list(new RemissFilter(null, null, null, RemissFilter.Due.OPEN));
        LocalDate weekEnd = today.plusDays(7 - today.getDayOfWeek().getValue());
        return new Dashboard(today,
                open.stream().filter(row -> row.answerBy().isBefore(today)).toList(),
                open.stream().filter(row -> row.answerBy().isEqual(today)).toList(),
                open.stream().filter(row -> row.answerBy().isAfter(today) && !row.answerBy().isAfter(weekEnd)).toList());
    }

    /** The events of a month by day of their start, for the calendar. */
    public Map<LocalDate, List<RemissRow>> month(YearMonth month) {
        LocalDate today = time.today();
        return repository.all().stream().filter(remiss -> YearMonth.from(remiss.startsAt()).equals(month))
                .map(remiss -> rowOf(remiss, today))
                .sorted(Comparator.comparing(RemissRow::starts))
                .collect(Collectors.groupingBy(row -> row.starts().toLocalDate(), TreeMap::new, Collectors.toList()));
    }

    public Optional<RemissDetail> detail(long id) {
        return repository.find(id).map(this::detailOf);
    }

    private RemissDetail detailOf(Remiss remiss) {
        long id = remiss.id();
        LocalDate today = time.today();
        return new RemissDetail(id, remiss.version(), remiss.diarienummer(), remiss.status().name(),
                remiss.status().choosableNext().stream().map(Enum::name).toList(),
                remiss.status().allowsApplicationChanges(), remiss.application(), remiss.proposalAuthor(),
                remiss.reviewer(), remiss.registeredBy(), remiss.registeredAt(),
                repository.audit(id).stream().map(entry -> new AuditLine(entry.at(), entry.actor(), entry.what(),
                        entry.oldValue(), entry.newValue())).toList(),
                repository.consultations(id).stream().map(c -> consultationOf(c, today)).toList(),
                repository.villkor(id).stream().map(RemissQueries::villkorOf).toList(),
                repository.yttranden(id).stream().map(y -> new YttrandeLine(y.id(), y.number(), y.sha256(), y.author(),
                        y.reviewer(), y.sentTo(), y.sentAt())).toList(),
                repository.attachments(id).stream().map(a -> new AttachmentLine(a.id(), a.fileName(), a.contentType(),
                        a.sizeBytes())).toList());
    }

    private static ConsultationLine consultationOf(Consultation c, LocalDate today) {
        return new ConsultationLine(c.id(), c.forvaltning().name(), c.question(), c.dueOn(), c.askedBy(), c.answer(),
                c.answeredBy(), c.answeredAt(), c.answer() == null && c.dueOn().isBefore(today));
    }

    private static VillkorLine villkorOf(Villkor v) {
        return new VillkorLine(v.id(), v.origin().name(), v.ruleKey(), v.ruleVersion(), v.triggeredBy(), v.text());
    }

    /**
     * Runs the checks on the application as it is now: proposals, their difference from the rule villkor on the
     * remiss, evacuation, and conflicts with other unfinished remisser overlapping in time.
     */
    public RemissChecks checks(long id) {
        Remiss remiss = repository.find(id).orElseThrow(RemissRejected::notFound);
        EventFacts facts = remiss.application().facts();
        List<ProposedVillkor> proposals = requirements.propose(facts);
        List<ProposedVillkor> onRemiss = repository.villkor(id).stream().filter(v -> v.ruleKey() != null)
                .map(v -> new ProposedVillkor(v.ruleKey(), v.ruleVersion(), v.text(), v.text(), v.triggeredBy()))
                .toList();
        List<ScheduledEvent> others = repository.overlapping(id, facts.buildUpStarts(), facts.teardownEnds()).stream()
                .map(other -> new ScheduledEvent(other.id(), other.diarienummer(), other.eventName(),
                        other.application().facts()))
                .toList();
        List<ConflictLine> found = new ArrayList<>();
        for (EventConflict conflict : conflicts.conflicts(facts, others)) {
            found.add(new ConflictLine(conflict.other().remissId(), conflict.other().reference(), conflict.other().name(),
                    conflict.kind().name(), conflict.distanceMetres()));
        }
        return new RemissChecks(proposals, requirements.difference(onRemiss, proposals),
                evacuation.evaluate(facts).orElse(null), found);
    }

    public Optional<FileContent> yttrandePdf(long remissId, long yttrandeId) {
        return repository.yttrande(yttrandeId).filter(y -> belongsTo(y, remissId))
                .map(y -> new FileContent("yttrande-" + y.number() + ".pdf", "application/pdf", y.pdf()));
    }

    private boolean belongsTo(Yttrande yttrande, long remissId) {
        return repository.yttranden(remissId).stream().anyMatch(y -> y.id().equals(yttrande.id()));
    }

    public Optional<FileContent> attachment(long remissId, long attachmentId) {
        return repository.attachments(remissId).stream().filter(a -> a.id() == attachmentId).findFirst()
                .map(RemissQueries::fileOf);
    }

    private static FileContent fileOf(Attachment attachment) {
        return new FileContent(attachment.fileName(), attachment.contentType(), attachment.content());
    }

    /** Remisser per month and type, median handling time (registered → yttrande sent), share answered in time. */
    public RemissStatistics statistics() {
        List<Remiss> all = repository.all();
        Map<String, Long> perMonth = all.stream().collect(Collectors.groupingBy(
                r -> YearMonth.from(r.receivedOn()).toString(), TreeMap::new, Collectors.counting()));
        Map<String, Long> perType = all.stream().collect(Collectors.groupingBy(
                r -> r.eventType().toLowerCase(Locale.ROOT), TreeMap::new, Collectors.counting()));
        List<Long> days = all.stream().filter(r -> r.answeredAt() != null)
                .map(r -> ChronoUnit.DAYS.between(r.receivedOn(), r.answeredAt().toLocalDate())).sorted().toList();
        Double median = days.isEmpty() ? null : days.size() % 2 == 1 ? days.get(days.size() / 2).doubleValue()
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
        long inTime = all.stream().filter(r -> r.answeredAt() != null
                && !r.answeredAt().toLocalDate().isAfter(r.answerBy())).count();
        Double share = days.isEmpty() ? null : (double) inTime / days.size();
        return new RemissStatistics(all.size(), perMonth, perType, median, share, days.size());
    }

    public List<SenderKeyView> senderKeys() {
        return repository.senderKeys().stream().map(RemissQueries::viewOf).toList();
    }

    private static SenderKeyView viewOf(SenderKey key) {
        return new SenderKeyView(key.id(), key.senderName(), key.createdBy(), key.createdAt(), key.revokedAt());
    }

    static RemissRow rowOf(Remiss remiss, LocalDate today) {
        boolean open = !remiss.status().isFinished() && remiss.status() != RemissStatus.YTTRANDE_SKICKAT;
        return new RemissRow(remiss.id(), remiss.diarienummer(), remiss.policeCaseNumber(), remiss.eventName(),
                remiss.eventType(), remiss.placeAddress(), remiss.startsAt(), remiss.endsAt(), remiss.answerBy(),
                remiss.status().name(), remiss.peakVisitors(), open && remiss.answerBy().isBefore(today));
    }
}
