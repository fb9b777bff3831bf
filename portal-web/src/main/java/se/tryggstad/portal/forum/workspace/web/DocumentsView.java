package se.tryggstad.portal.forum.workspace.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.web.ForumPages;
import se.tryggstad.portal.forum.workspace.application.DocumentRow;
import se.tryggstad.portal.forum.workspace.application.DocumentService;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** /partner/samverkan/dokument.xhtml?id=: a forum's documents, their histories, and uploading a version. */
@Named
@ViewScoped
public class DocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "upload";

    @Inject
    ForumAccess access;

    @Inject
    DocumentService service;

    private String id;
    private ForumSummary forum;
    private List<DocumentRow> documents;
    private String title;
    private transient Part file;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            forum = access.requireMember(ForumPages.idOf(id).orElseThrow(ForumRejected::notFound));
            documents = service.documents(forum.id());
        } catch (ForumRejected notReadable) {
            ForumPages.notFound();
        }
    }

    public void upload() {
        try {
            byte[] content = new byte[0];
            String fileName = null;
            if (file != null && file.getSize() > 0) {
                fileName = file.getSubmittedFileName();
                try (InputStream in = file.getInputStream()) {
                    content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, service.maxBytes() + 1));
                }
            }
            DocumentRow saved = service.upload(forum.id(), title, fileName, content);
            documents = service.documents(forum.id());
            title = null;
            FacesMessages.info("forum.doc.uploaded", saved.title(), saved.latest().number());
        } catch (ForumRejected rejected) {
            WorkspaceTexts.show(rejected, FORM, Set.of("title", "file"));
        } catch (IOException unreadable) {
            FacesMessages.error(FORM + ":file", "forum.doc.fileMissing");
        }
    }

    public long getMaxMegabytes() {
        return service.maxBytes() / (1024 * 1024);
    }

    public ForumSummary getForum() { return forum; }
    public List<DocumentRow> getDocuments() { return documents; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
