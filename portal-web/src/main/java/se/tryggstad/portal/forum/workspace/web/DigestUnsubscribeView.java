package se.tryggstad.portal.forum.workspace.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.workspace.application.DigestService;

/**
 * /samverkan/sammanfattning.xhtml?avsluta=TOKEN: the unsubscribe link of a forum digest. Opening the
 * link changes nothing (mail scanners open links); the button does, once.
 */
@Named
@RequestScoped
public class DigestUnsubscribeView {

    @Inject
    DigestService digests;

    private String avsluta;
    private Boolean done;

    public void unsubscribe() {
        done = digests.unsubscribe(avsluta);
    }

    public Boolean getDone() { return done; }
    public String getAvsluta() { return avsluta; }
    public void setAvsluta(String avsluta) { this.avsluta = avsluta; }
}
