package se.tryggstad.portal.remiss.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.remiss.domain.Attachment;
import se.tryggstad.portal.remiss.domain.AuditEntry;
import se.tryggstad.portal.remiss.domain.Consultation;
import se.tryggstad.portal.remiss.domain.Remiss;
import se.tryggstad.portal.remiss.domain.RemissStatus;
import se.tryggstad.portal.remiss.domain.SenderKey;
import se.tryggstad.portal.remiss.domain.Villkor;
import se.tryggstad.portal.remiss.domain.Yttrande;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Remisser and what belongs to them, in the remiss persistence unit. */
@ApplicationScoped
public class RemissRepository {

    private static final EnumSet<RemissStatus> FINISHED = EnumSet.of(RemissStatus.AVSLUTAD, RemissStatus.AVVISAD,
            RemissStatus.ATERKALLAD);

    @PersistenceContext(unitName = "remiss")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Remiss> find(long id) {
        return Optional.ofNullable(em.find(Remiss.class, id));
    }

    /** The remiss under a write lock, for changes that must not interleave (e.g. numbering its yttranden). */
    public Optional<Remiss> findLocked(long id) {
        return Optional.ofNullable(em.find(Remiss.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Remiss> byPoliceCase(String number) {
        return em.createNamedQuery(Remiss.BY_POLICE_CASE, Remiss.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    public List<Remiss> all() {
        return em.createNamedQuery(Remiss.ALL, Remiss.class).getResultList();
    }

    public long count() {
        return em.createNamedQuery(Remiss.COUNT, Long.class).getSingleResult();
    }

    /** Unfinished remisser other than this one whose build-up to teardown overlaps the given time. */
    public List<Remiss> overlapping(long id, LocalDateTime from, LocalDateTime until) {
        return em.createNamedQuery(Remiss.OVERLAPPING, Remiss.class).setParameter("id", id)
                .setParameter("from", from).setParameter("until", until).setParameter("finished", FINISHED)
                .getResultList();
    }

    public List<Remiss> dueForReminder(LocalDate lastAnswerBy) {
        EnumSet<RemissStatus> done = EnumSet.copyOf(FINISHED);
        done.add(RemissStatus.YTTRANDE_SKICKAT);
        return em.createNamedQuery(Remiss.DUE_FOR_REMINDER, Remiss.class).setParameter("day", lastAnswerBy)
                .setParameter("done", done).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public List<AuditEntry> audit(long remissId) {
        return em.createNamedQuery(AuditEntry.OF_REMISS, AuditEntry.class).setParameter("remissId", remissId)
                .getResultList();
    }

    public List<Consultation> consultations(long remissId) {
        return em.createNamedQuery(Consultation.OF_REMISS, Consultation.class).setParameter("remissId", remissId)
                .getResultList();
    }

    public Optional<Consultation> consultation(long id) {
        return Optional.ofNullable(em.find(Consultation.class, id));
    }

    public List<Villkor> villkor(long remissId) {
        return em.createNamedQuery(Villkor.OF_REMISS, Villkor.class).setParameter("remissId", remissId)
                .getResultList();
    }

    public Optional<Villkor> villkorById(long id) {
        return Optional.ofNullable(em.find(Villkor.class, id));
    }

    public void remove(Villkor villkor) {
        em.remove(villkor);
    }

    public List<Yttrande> yttranden(long remissId) {
        return em.createNamedQuery(Yttrande.OF_REMISS, Yttrande.class).setParameter("remissId", remissId)
                .getResultList();
    }

    public Optional<Yttrande> yttrande(long id) {
        return Optional.ofNullable(em.find(Yttrande.class, id));
    }

    public List<Attachment> attachments(long remissId) {
        return em.createNamedQuery(Attachment.OF_REMISS, Attachment.class).setParameter("remissId", remissId)
                .getResultList();
    }

    public Optional<Attachment> attachment(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    public Optional<SenderKey> activeKeyByHash(String hash) {
        return em.createNamedQuery(SenderKey.ACTIVE_BY_HASH, SenderKey.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public Optional<SenderKey> senderKey(long id) {
        return Optional.ofNullable(em.find(SenderKey.class, id));
    }

    public List<SenderKey> senderKeys() {
        return em.createNamedQuery(SenderKey.ALL, SenderKey.class).getResultList();
    }
}
