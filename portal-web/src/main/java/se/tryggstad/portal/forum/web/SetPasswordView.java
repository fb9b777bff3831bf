package se.tryggstad.portal.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.forum.application.Colleagues;
import se.tryggstad.portal.forum.application.InvitationDetails;
import se.tryggstad.portal.shared.Rejection;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;

/**
 * /samverkan/losenord.xhtml?token=: an invited person chooses their password with the one-time link
 * from their mail; afterwards they sign in. An unknown, used or expired link says so.
 */
@Named
@ViewScoped
public class SetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Colleagues colleagues;

    private String token;
    private InvitationDetails invitation;
    private String password;
    private String repeated;
    private String username;

    public void load() {
        if (invitation == null) {
            invitation = colleagues.describe(token).orElse(null);
        }
    }

    public void save() {
        if (password == null || !password.equals(repeated)) {
            FacesMessages.error("setPassword:repeated", "forum.password.mismatch");
            return;
        }
        try {
            username = colleagues.accept(token, password);
        } catch (Rejection rejected) {
            FacesMessages.error("password".equals(rejected.field()) ? "setPassword:password" : null, rejected.messageKey());
        }
    }

    public InvitationDetails getInvitation() { return invitation; }
    public String getUsername() { return username; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
