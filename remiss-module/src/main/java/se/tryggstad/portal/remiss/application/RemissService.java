package se.tryggstad.portal.remiss.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.remiss.domain.Attachment;
import se.tryggstad.portal.remiss.domain.AttachmentUpload;
import se.tryggstad.portal.remiss.domain.AuditEntry;
import se.tryggstad.portal.remiss.domain.Consultation;
import se.tryggstad.portal.remiss.domain.Forvaltning;
import se.tryggstad.portal.remiss.domain.Hashes;
import se.tryggstad.portal.remiss.domain.Remiss;
import se.tryggstad.portal.remiss.domain.RemissApplication;
import se.tryggstad.portal.remiss.domain.RemissProblem;
import se.tryggstad.portal.remiss.domain.RemissRejected;
import se.tryggstad.portal.remiss.domain.RemissStatus;
import se.tryggstad.portal.remiss.domain.SenderKey;
import se.tryggstad.portal.remiss.domain.Villkor;
import se.tryggstad.portal.remiss.domain.Yttrande;
import se.tryggstad.portal.remiss.infrastructure.AttachmentInspector;
import se.tryggstad.portal.remiss.infrastructure.DiarieSeries;
import se.tryggstad.portal.remiss.infrastructure.RemissIndexing;
import se.tryggstad.portal.remiss.infrastructure.RemissRepository;
import se.tryggstad.portal.remiss.infrastructure.YttrandePdf;
import se.tryggstad.portal.remiss.requirements.ProposedVillkor;
import se.tryggstad.portal.remiss.requirements.RequirementEngine;
import se.tryggstad.portal.search.api.IndexingOutbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Registering and handling remisser; each method is one transaction, in which the audit entries and the search
 * outbox row are written too, so a refused request leaves nothing behind.
 */
@ApplicationScoped
@Transactional
public class RemissService {

    @Inject
    RemissRepository repository;

    @Inject
    DiarieSeries series;

    @Inject
    AttachmentInspector inspector;

    @Inject
    YttrandePdf pdf;

    @Inject
    RequirementEngine requirements;

    @Inject
    IndexingOutbox outbox;

    @Inject
    RemissTime time;

    @Inject
    @ConfigProperty(name = "trygg.remiss.city-name", defaultValue = "Solna stad")
    String cityName;

    /**
     * A remiss registered by staff; {@code extraProblems} are refusals the portal found (e.g. the organisation
     * number's check digit), reported together with the application's own.
     */
    public Registered register(RemissApplication application, List<AttachmentUpload> uploads, String registeredBy,
                               List<RemissProblem> extraProblems) {
        List<RemissProblem> problems = new ArrayList<>(extraProblems);
        problems.addAll(application.problems());
        if (!problems.isEmpty()) {
            throw new RemissRejected(RemissRejected.Reason.INVALID, problems);
        }
        if (repository.byPoliceCase(application.policeCaseNumber()).isPresent()) {
            throw RemissRejected.conflict("policeCaseNumber", "remiss.policeCase.duplicate");
        }
        List<String> types = inspector.contentTypes(uploads);
        LocalDateTime now = time.now();
        Remiss remiss = Remiss.register(application, series.next(now.getYear()), registeredBy, now);
        repository.add(remiss);
        flushOrConflict();
        repository.add(AuditEntry.of(remiss, now, registeredBy, "registered", null, remiss.diarienummer()));
        // EclipseLink may reorder the inserts of one flush; the log reads in id order
        repository.flush();
        for (int i = 0; i < uploads.size(); i++) {
            addAttachment(remiss, uploads.get(i), types.get(i), registeredBy, now);
        }
        repository.flush();
        RemissIndexing.sync(outbox, remiss);
        return new Registered(remiss.id(), remiss.diarienummer());
    }

    /** A remiss posted by a sender with a valid key; the sender's name is recorded as who registered it. */
    public Registered registerWithKey(RemissApplication application, List<AttachmentUpload> uploads, String apiKey,
                                      List<RemissProblem> extraProblems) {
        SenderKey sender = senderOf(apiKey);
        return register(application, uploads, "API: " + sender.senderName(), extraProblems);
    }

    private SenderKey senderOf(String apiKey) {
        if (!Hashes.looksLikeKey(apiKey)) {
            throw new SenderRefused();
        }
        return repository.activeKeyByHash(Hashes.keyHash(apiKey)).orElseThrow(SenderRefused::new);
    }

    /** Two registrations of the same police case at once: the unique key stops the second. */
    private void flushOrConflict() {
        try {
            repository.flush();
        } catch (PersistenceException duplicate) {
            throw RemissRejected.conflict("policeCaseNumber", "remiss.policeCase.duplicate");
        }
    }

    private void addAttachment(Remiss remiss, AttachmentUpload upload, String type, String by, LocalDateTime now) {
        Attachment attachment = Attachment.of(remiss, upload.fileName(), type, upload.content(), by, now);
        repository.add(attachment);
        repository.add(AuditEntry.of(remiss, now, by, "attachment", null,
                attachment.fileName() + " (" + type + ", " + upload.content().length + " B)"));
        repository.flush();
    }

    public void addAttachments(long remissId, List<AttachmentUpload> uploads, String actor) {
        Remiss remiss = remiss(remissId);
        List<String> types = inspector.contentTypes(uploads);
        LocalDateTime now = time.now();
        for (int i = 0; i < uploads.size(); i++) {
            addAttachment(remiss, uploads.get(i), types.get(i), actor, now);
        }
    }

    /**
     * Changes the application (e.g. the number of visitors) while the remiss is handled; {@code expectedVersion}
     * is the version the handler saw, so that two handlers never overwrite each other unknowingly.
     */
    public void change(long remissId, long expectedVersion, RemissApplication changed, String actor,
                       List<RemissProblem> extraProblems) {
        Remiss remiss = remiss(remissId);
        if (remiss.version() != expectedVersion) {
            throw RemissRejected.conflict("", "remiss.staleVersion");
        }
        List<RemissProblem> problems = new ArrayList<>(extraProblems);
        problems.addAll(changed.problems());
        if (!problems.isEmpty()) {
            throw new RemissRejected(RemissRejected.Reason.INVALID, problems);
        }
        if (!changed.policeCaseNumber().equals(remiss.policeCaseNumber())
                && repository.byPoliceCase(changed.policeCaseNumber()).isPresent()) {
            throw RemissRejected.conflict("policeCaseNumber", "remiss.policeCase.duplicate");
        }
        remiss.change(changed, actor, time.now()).forEach(repository::add);
        flushOrConflict();
        RemissIndexing.sync(outbox, remiss);
    }

    public void moveTo(long remissId, RemissStatus target, String actor) {
        Remiss remiss = remiss(remissId);
        repository.add(remiss.moveTo(target, actor, time.now()));
        repository.flush();
        RemissIndexing.sync(outbox, remiss);
    }

    public long askConsultation(long remissId, Forvaltning forvaltning, String question, LocalDate dueOn,
                                String actor) {
        Remiss remiss = remiss(remissId);
        LocalDateTime now = time.now();
        Consultation consultation = Consultation.ask(remiss, forvaltning, question, dueOn, actor, now);
        repository.add(consultation);
        repository.add(AuditEntry.of(remiss, now, actor, "consultation." + forvaltning.name(), null,
                consultation.question() + " (" + dueOn + ")"));
        repository.flush();
        return consultation.id();
    }

    public void answerConsultation(long consultationId, String answer, String actor) {
        Consultation consultation = repository.consultation(consultationId).orElseThrow(RemissRejected::notFound);
        LocalDateTime now = time.now();
        consultation.answer(answer, actor, now);
        repository.add(AuditEntry.of(consultation.remiss(), now, actor,
                "consultation." + consultation.forvaltning().name() + ".answer", null, consultation.answer()));
    }

    /** Accepts the villkor the rule with this key proposes for the application as it is now. */
    public long acceptProposal(long remissId, String ruleKey, String actor) {
        Remiss remiss = remiss(remissId);
        ProposedVillkor proposal = requirements.propose(remiss.application().facts()).stream()
                .filter(proposed -> proposed.ruleKey().equals(ruleKey)).findFirst()
                .orElseThrow(() -> RemissRejected.conflict("ruleKey", "remiss.villkor.noSuchProposal"));
        if (repository.villkor(remissId).stream().anyMatch(v -> ruleKey.equals(v.ruleKey()))) {
            throw RemissRejected.conflict("ruleKey", "remiss.villkor.alreadyAccepted");
        }
        LocalDateTime now = time.now();
        Villkor villkor = Villkor.fromRule(remiss, proposal.ruleKey(), proposal.ruleVersion(), proposal.triggeredBy(),
                proposal.textSv(), actor, now);
        repository.add(villkor);
        repository.add(AuditEntry.of(remiss, now, actor, "villkor.accepted",
                null, proposal.ruleKey() + " v" + proposal.ruleVersion() + ": " + villkor.text()));
        repository.flush();
        return villkor.id();
    }

    public long addVillkor(long remissId, String text, String actor) {
        Remiss remiss = remiss(remissId);
        LocalDateTime now = time.now();
        Villkor villkor = Villkor.written(remiss, text, actor, now);
        repository.add(villkor);
        repository.add(AuditEntry.of(remiss, now, actor, "villkor.added", null, villkor.text()));
        repository.flush();
        return villkor.id();
    }

    public void editVillkor(long villkorId, String text, String actor) {
        Villkor villkor = repository.villkorById(villkorId).orElseThrow(RemissRejected::notFound);
        String old = villkor.edit(text);
        if (!old.equals(villkor.text())) {
            repository.add(AuditEntry.of(villkor.remiss(), time.now(), actor, "villkor.edited", old, villkor.text()));
        }
    }

    public void removeVillkor(long villkorId, String actor) {
        Villkor villkor = repository.villkorById(villkorId).orElseThrow(RemissRejected::notFound);
        if (!villkor.remiss().status().allowsApplicationChanges()) {
            throw RemissRejected.conflict("", "remiss.change.notNow");
        }
        repository.add(AuditEntry.of(villkor.remiss(), time.now(), actor, "villkor.removed", villkor.text(), null));
        repository.remove(villkor);
    }

    /**
     * Sends the reviewed yttrande: renders its PDF, stores it with its SHA-256 (immutable from now on) and moves the
     * remiss on. The caller mails the answered PDF to the police after this transaction committed.
     */
    public SentYttrande sendYttrande(long remissId, String actor) {
        Remiss remiss = repository.findLocked(remissId).orElseThrow(RemissRejected::notFound);
        if (remiss.status() != RemissStatus.GRANSKAD) {
            throw RemissRejected.conflict("status", "remiss.yttrande.notReviewed");
        }
        LocalDateTime now = time.now();
        int number = repository.yttranden(remissId).size() + 1;
        List<String> villkor = repository.villkor(remissId).stream().map(Villkor::text).toList();
        byte[] document = pdf.render(YttrandeSummary.of(cityName, remiss, number, villkor, now.toLocalDate()));
        Yttrande yttrande = Yttrande.sent(remiss, number, document, remiss.proposalAuthor(), remiss.reviewer(), now);
        repository.add(yttrande);
        repository.add(remiss.markYttrandeSent(actor, now));
        repository.flush();
        repository.add(AuditEntry.of(remiss, now, actor, "yttrande.sent", null,
                "Yttrande " + number + " SHA-256 " + yttrande.sha256() + " → " + remiss.policeEmail()));
        repository.flush();
        RemissIndexing.sync(outbox, remiss);
        return new SentYttrande(remiss.id(), yttrande.id(), remiss.diarienummer(), remiss.policeCaseNumber(),
                remiss.eventName(), number, remiss.policeEmail(), document, yttrande.sha256());
    }

    /**
     * The remisser whose svarsdatum is within {@code daysBefore} days (or passed) and that are still unanswered;
     * each is marked reminded in this transaction, so it is answered once only (a later svarsdatum resets it).
     */
    public List<Reminder> claimReminders(int daysBefore) {
        LocalDateTime now = time.now();
        List<Reminder> due = new ArrayList<>();
        for (Remiss remiss : repository.dueForReminder(now.toLocalDate().plusDays(daysBefore))) {
            remiss.markReminded(now);
            due.add(new Reminder(remiss.id(), remiss.diarienummer(), remiss.eventName(), remiss.answerBy()));
        }
        return due;
    }

    public IssuedSenderKey issueSenderKey(String senderName, String admin) {
        String key = Hashes.newKey();
        SenderKey issued = SenderKey.issue(senderName, Hashes.keyHash(key), admin, time.now());
        repository.add(issued);
        repository.flush();
        return new IssuedSenderKey(issued.id(), issued.senderName(), key);
    }

    public void revokeSenderKey(long id) {
        repository.senderKey(id).orElseThrow(RemissRejected::notFound).revoke(time.now());
    }

    private Remiss remiss(long id) {
        return repository.find(id).orElseThrow(RemissRejected::notFound);
    }
}
