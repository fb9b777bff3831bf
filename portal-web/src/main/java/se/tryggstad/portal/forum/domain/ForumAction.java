package se.tryggstad.portal.forum.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An action in a forum's handlingsplan: what is to be done, which member organisation owns it, by
 * when, how far it has come, and the members' comments on it.
 */
@Entity
@Table(name = "frm_action")
@NamedQuery(name = ForumAction.OF_FORUM,
        query = "SELECT a FROM ForumAction a WHERE a.forumId = :forumId ORDER BY a.dueDate, a.id")
@NamedQuery(name = ForumAction.ALL, query = "SELECT a FROM ForumAction a ORDER BY a.id")
public class ForumAction {

    public static final String OF_FORUM = "ForumAction.ofForum";
    public static final String ALL = "ForumAction.all";
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "forum_id", nullable = false)
    private long forumId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "owner_organisation_id")
    private Long ownerOrganisationId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "frm_action_comment", joinColumns = @JoinColumn(name = "action_id"))
    private List<ActionComment> comments = new ArrayList<>();

    protected ForumAction() {
        // for JPA
    }

    /** A planned action; title (1–200) and description (at most 4 000) must be checked by the caller. */
    public static ForumAction plan(long forumId, String title, String description, Long ownerOrganisationId,
                                   LocalDate dueDate, Instant now) {
        ForumAction action = new ForumAction();
        action.forumId = forumId;
        action.status = ActionStatus.PLANNED;
        action.createdAt = now;
        action.revise(title, description, ownerOrganisationId, dueDate, now);
        return action;
    }

    public void revise(String title, String description, Long ownerOrganisationId, LocalDate dueDate, Instant now) {
        if (!isValidTitle(title) || !isValidText(description == null ? "" : description, true)) {
            throw new IllegalArgumentException("an action has a title of 1 to 200 and a description of at most 4000 characters");
        }
        this.title = title.strip();
        this.description = description == null ? "" : description.strip();
        this.ownerOrganisationId = ownerOrganisationId;
        this.dueDate = dueDate;
        this.updatedAt = now;
    }

    public void moveTo(ActionStatus newStatus, Instant now) {
        this.status = java.util.Objects.requireNonNull(newStatus);
        this.updatedAt = now;
    }

    public void comment(String author, String text, Instant now) {
        if (!isValidText(text, false)) {
            throw new IllegalArgumentException("a comment has 1 to 4000 characters");
        }
        comments.add(new ActionComment(author, text.strip(), now));
        this.updatedAt = now;
    }

    public static boolean isValidTitle(String title) {
        return title != null && !title.isBlank() && title.strip().length() <= MAX_TITLE;
    }

    public static boolean isValidText(String text, boolean mayBeEmpty) {
        return text != null && (mayBeEmpty || !text.isBlank()) && text.strip().length() <= MAX_TEXT;
    }

    public Long id() { return id; }
    public long version() { return version; }
    public long forumId() { return forumId; }
    public String title() { return title; }
    public String description() { return description; }
    public Optional<Long> ownerOrganisationId() { return Optional.ofNullable(ownerOrganisationId); }
    public Optional<LocalDate> dueDate() { return Optional.ofNullable(dueDate); }
    public ActionStatus status() { return status; }
    public Instant updatedAt() { return updatedAt; }

    public List<ActionComment> comments() {
        return comments.stream().sorted(Comparator.comparing(ActionComment::createdAt)).toList();
    }
}
