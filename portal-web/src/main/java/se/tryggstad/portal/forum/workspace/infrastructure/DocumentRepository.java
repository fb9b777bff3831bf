package se.tryggstad.portal.forum.workspace.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import se.tryggstad.portal.forum.domain.Forum;
import se.tryggstad.portal.forum.workspace.domain.DocumentContent;
import se.tryggstad.portal.forum.workspace.domain.ForumDocument;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DocumentRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Locks the forum's row for this transaction, so that two first uploads under the same new title
     * become one document with two versions rather than a clash.
     */
    public void lockForum(long forumId) {
        em.find(Forum.class, forumId, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<ForumDocument> ofForum(long forumId) {
        return em.createNamedQuery(ForumDocument.OF_FORUM, ForumDocument.class).setParameter("forumId", forumId)
                .getResultList();
    }

    public List<ForumDocument> all() {
        return em.createNamedQuery(ForumDocument.ALL, ForumDocument.class).getResultList();
    }

    public Optional<ForumDocument> byTitle(long forumId, String title) {
        return em.createNamedQuery(ForumDocument.BY_TITLE, ForumDocument.class).setParameter("forumId", forumId)
                .setParameter("title", title).getResultStream().findFirst();
    }

    public Optional<ForumDocument> find(long forumId, long documentId) {
        return Optional.ofNullable(em.find(ForumDocument.class, documentId)).filter(d -> d.forumId() == forumId);
    }

    public void add(ForumDocument document) {
        em.persist(document);
    }

    /** Writes pending changes, so new versions have ids and the indexed version is the stored one. */
    public void flush() {
        em.flush();
    }

    public void addContent(DocumentContent content) {
        em.persist(content);
    }

    public Optional<byte[]> content(long versionId) {
        return Optional.ofNullable(em.find(DocumentContent.class, versionId)).map(DocumentContent::content);
    }
}
