package se.tryggstad.portal.forum.workspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.workspace.domain.Author;
import se.tryggstad.portal.forum.workspace.domain.DocumentContent;
import se.tryggstad.portal.forum.workspace.domain.DocumentVersion;
import se.tryggstad.portal.forum.workspace.domain.ForumDocument;
import se.tryggstad.portal.forum.workspace.domain.StoredFile;
import se.tryggstad.portal.forum.workspace.infrastructure.DocumentRepository;
import se.tryggstad.portal.forum.workspace.infrastructure.WorkspaceIndexing;
import se.tryggstad.portal.search.api.IndexingOutbox;
import se.tryggstad.portal.shared.FieldProblem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A forum's documents: members upload files under a title (the same title again adds a version),
 * read the history and download any version. Only members (and staff) of the forum get anywhere:
 * everyone else is told the forum does not exist.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    @Inject
    ForumAccess access;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentPolicy policy;

    @Inject
    WorkspaceAuthors authors;

    @Inject
    IndexingOutbox outbox;

    @Inject
    Clock clock;

    /**
     * Stores a new version of the document with this title (a new document if there is none). A
     * missing title, a missing, too big or refused file is rejected at its field and nothing is saved.
     */
    public DocumentRow upload(long forumId, String title, String fileName, byte[] content) {
        access.requireMember(forumId);
        String cleanTitle = title == null ? "" : title.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanTitle.isEmpty()) {
            problems.add(new FieldProblem("title", "forum.doc.titleRequired"));
        } else if (cleanTitle.length() > ForumDocument.MAX_TITLE) {
            problems.add(new FieldProblem("title", "forum.doc.titleTooLong"));
        }
        policy.problemWith(content).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw ForumRejected.invalid(problems);
        }
        return store(forumId, cleanTitle, policy.stored(fileName, content), authors.caller(), clock.instant());
    }

    /**
     * A version uploaded earlier, for demo content and imports: no caller check, the same file checks.
     * Never reachable from a page or an endpoint.
     */
    public DocumentRow importVersion(long forumId, String title, String fileName, byte[] content, Author author,
                                     Instant at) {
        policy.problemWith(content).ifPresent(problem -> {
            throw ForumRejected.invalid(List.of(problem));
        });
        return store(forumId, title.strip(), policy.stored(fileName, content), author, at);
    }

    private DocumentRow store(long forumId, String title, StoredFile file, Author author, Instant at) {
        documents.lockForum(forumId);
        ForumDocument document = documents.byTitle(forumId, title).orElseGet(() -> {
            ForumDocument created = ForumDocument.titled(forumId, title, at);
            documents.add(created);
            return created;
        });
        DocumentVersion version = document.addVersion(file, author.username(), author.organisationName(), at);
        documents.flush();
        documents.addContent(new DocumentContent(version.id(), file.content()));
        documents.flush();
        outbox.upsert(WorkspaceIndexing.documentOf(document));
        return DocumentRow.of(document);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentRow> documents(long forumId) {
        access.requireMember(forumId);
        return documents.ofForum(forumId).stream().map(DocumentRow::of).toList();
    }

    /** Version {@code number} of a document of this forum; NOT_FOUND when any of them is not there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentFile download(long forumId, long documentId, int number) {
        access.requireMember(forumId);
        ForumDocument document = documents.find(forumId, documentId).orElseThrow(ForumRejected::notFound);
        DocumentVersion version = document.versionNumber(number).orElseThrow(ForumRejected::notFound);
        byte[] content = documents.content(version.id()).orElseThrow(ForumRejected::notFound);
        return new DocumentFile(version.fileName(), version.mediaType(), content);
    }

    /** Whether the forum has a document with this title; for demo content only (no caller check). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasDocumentTitled(long forumId, String title) {
        return documents.byTitle(forumId, title).isPresent();
    }

    public long maxBytes() {
        return policy.maxBytes();
    }
}
