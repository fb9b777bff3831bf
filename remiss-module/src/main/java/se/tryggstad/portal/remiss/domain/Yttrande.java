package se.tryggstad.portal.remiss.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * The city's answer to the police as it was sent: the PDF and its SHA-256. Immutable: every column is written
 * once; a new decision makes a new yttrande with the next number.
 */
@Entity
@Table(name = "rms_yttrande")
@NamedQuery(name = Yttrande.OF_REMISS, query = "SELECT y FROM Yttrande y WHERE y.remiss.id = :remissId ORDER BY y.number")
public class Yttrande {

    public static final String OF_REMISS = "Yttrande.ofRemiss";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "remiss_id", updatable = false)
    private Remiss remiss;

    @Column(nullable = false, updatable = false)
    private int number;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private String reviewer;

    @Column(name = "sent_to", nullable = false, updatable = false)
    private String sentTo;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private LocalDateTime sentAt;

    protected Yttrande() {
        // for JPA
    }

    public static Yttrande sent(Remiss remiss, int number, byte[] pdf, String author, String reviewer, LocalDateTime now) {
        Yttrande yttrande = new Yttrande();
        yttrande.remiss = remiss;
        yttrande.number = number;
        yttrande.pdf = pdf.clone();
        yttrande.sha256 = Hashes.sha256(pdf);
        yttrande.author = author;
        yttrande.reviewer = reviewer;
        yttrande.sentTo = remiss.policeEmail();
        yttrande.sentAt = now;
        return yttrande;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public String sha256() {
        return sha256;
    }

    public String author() {
        return author;
    }

    public String reviewer() {
        return reviewer;
    }

    public String sentTo() {
        return sentTo;
    }

    public LocalDateTime sentAt() {
        return sentAt;
    }
}
