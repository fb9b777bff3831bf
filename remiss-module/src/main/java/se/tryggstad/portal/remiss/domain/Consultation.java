package se.tryggstad.portal.remiss.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An internal consultation of a remiss with a förvaltning: the question, when it is due, and its answer. */
@Entity
@Table(name = "rms_consultation")
@NamedQuery(name = Consultation.OF_REMISS, query = "SELECT c FROM Consultation c WHERE c.remiss.id = :remissId ORDER BY c.id")
public class Consultation {

    public static final String OF_REMISS = "Consultation.ofRemiss";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "remiss_id", updatable = false)
    private Remiss remiss;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Forvaltning forvaltning;

    @Column(nullable = false)
    private String question;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "asked_by", nullable = false)
    private String askedBy;

    @Column(name = "asked_at", nullable = false)
    private LocalDateTime askedAt;

    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    protected Consultation() {
        // for JPA
    }

    public static Consultation ask(Remiss remiss, Forvaltning forvaltning, String question, LocalDate dueOn,
                                   String askedBy, LocalDateTime now) {
        String text = question == null ? "" : question.strip();
        if (forvaltning == null) {
            throw RemissRejected.invalid("forvaltning", "remiss.required");
        }
        if (text.isEmpty()) {
            throw RemissRejected.invalid("question", "remiss.required");
        }
        if (text.length() > 2000) {
            throw RemissRejected.invalid("question", "remiss.tooLong");
        }
        if (dueOn == null) {
            throw RemissRejected.invalid("dueOn", "remiss.required");
        }
        if (dueOn.isBefore(now.toLocalDate())) {
            throw RemissRejected.invalid("dueOn", "remiss.consultation.dueInPast");
        }
        if (remiss.status().isFinished()) {
            throw RemissRejected.conflict("", "remiss.change.notNow");
        }
        Consultation consultation = new Consultation();
        consultation.remiss = remiss;
        consultation.forvaltning = forvaltning;
        consultation.question = text;
        consultation.dueOn = dueOn;
        consultation.askedBy = askedBy;
        consultation.askedAt = now;
        return consultation;
    }

    public void answer(String text, String by, LocalDateTime now) {
        String answerText = text == null ? "" : text.strip();
        if (answerText.isEmpty()) {
            throw RemissRejected.invalid("answer", "remiss.required");
        }
        if (answerText.length() > 4000) {
            throw RemissRejected.invalid("answer", "remiss.tooLong");
        }
        if (answer != null) {
            throw RemissRejected.conflict("answer", "remiss.consultation.alreadyAnswered");
        }
        answer = answerText;
        answeredBy = by;
        answeredAt = now;
    }

    public Long id() {
        return id;
    }

    public Remiss remiss() {
        return remiss;
    }

    public Forvaltning forvaltning() {
        return forvaltning;
    }

    public String question() {
        return question;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String askedBy() {
        return askedBy;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public LocalDateTime answeredAt() {
        return answeredAt;
    }
}
