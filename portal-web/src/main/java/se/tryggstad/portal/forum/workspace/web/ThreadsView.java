package se.tryggstad.portal.forum.workspace.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.application.ForumAccess;
import se.tryggstad.portal.forum.application.ForumRejected;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.web.ForumPages;
import se.tryggstad.portal.forum.workspace.application.DigestChoice;
import se.tryggstad.portal.forum.workspace.application.ThreadRow;
import se.tryggstad.portal.forum.workspace.application.ThreadService;
import se.tryggstad.portal.forum.workspace.domain.DigestFrequency;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * /partner/samverkan/inlagg.xhtml?id=[&trad=]: a forum's threads (start one), one thread (reply),
 * and the caller's e-mail digest choice.
 */
@Named
@ViewScoped
public class ThreadsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumAccess access;

    @Inject
    ThreadService service;

    private String id;
    private String trad;
    private ForumSummary forum;
    private List<ThreadRow> threads;
    private ThreadRow thread;
    private String title;
    private String body;
    private String reply;
    private DigestFrequency frequency;
    private String email;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            forum = access.requireMember(ForumPages.idOf(id).orElseThrow(ForumRejected::notFound));
            if (trad != null) {
                thread = service.thread(forum.id(), ForumPages.idOf(trad).orElseThrow(ForumRejected::notFound));
            } else {
                threads = service.threads(forum.id());
            }
            DigestChoice choice = service.digestChoice(forum.id());
            frequency = choice.frequency();
            email = choice.email();
        } catch (ForumRejected notReadable) {
            ForumPages.notFound();
        }
    }

    public String start() {
        try {
            ThreadRow started = service.start(forum.id(), title, body);
            return "/partner/samverkan/inlagg.xhtml?faces-redirect=true&id=" + forum.id() + "&trad=" + started.id();
        } catch (ForumRejected rejected) {
            WorkspaceTexts.show(rejected, "start", Set.of("title", "body"));
            return null;
        }
    }

    public void answer() {
        try {
            thread = service.reply(forum.id(), thread.id(), reply);
            reply = null;
            FacesMessages.info("forum.post.replied");
        } catch (ForumRejected rejected) {
            WorkspaceTexts.show(rejected, "reply", Set.of("body"));
        }
    }

    public void saveDigest() {
        try {
            DigestChoice choice = service.chooseDigest(forum.id(), frequency, email, ForumPages.language());
            frequency = choice.frequency();
            email = choice.email();
            FacesMessages.info("forum.post.digest.saved");
        } catch (ForumRejected rejected) {
            WorkspaceTexts.show(rejected, "digest", Set.of("frequency", "email"));
        }
    }

    public DigestFrequency[] getFrequencies() {
        return DigestFrequency.values();
    }

    public boolean isPartner() {
        return access.caller().organisationId() != null;
    }

    public ForumSummary getForum() { return forum; }
    public List<ThreadRow> getThreads() { return threads; }
    public ThreadRow getThread() { return thread; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public DigestFrequency getFrequency() { return frequency; }
    public void setFrequency(DigestFrequency frequency) { this.frequency = frequency; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTrad() { return trad; }
    public void setTrad(String trad) { this.trad = trad; }
}
