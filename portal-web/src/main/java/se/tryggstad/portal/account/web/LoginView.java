package se.tryggstad.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Predicate;

/** The login form: hands the credentials to Jakarta Security and sends the person on by role. */
@Named
@RequestScoped
public class LoginView {

    /** The client id of the form; a failed login is shown there, not at a field, to not tell which was wrong. */
    static final String FORM = "login";

    @Inject
    SecurityContext security;

    private String username;
    private String password;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        UsernamePasswordCredential credential = new UsernamePasswordCredential(
                username.strip().toLowerCase(Locale.ROOT), new Password(password));
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SUCCESS && security.getCallerPrincipal() != null) {
            request.changeSessionId();
            external.redirect(external.getRequestContextPath()
                    + landingPage(role -> security.isCallerInRole(role.name())));
        } else {
            FacesMessages.error(FORM, "login.failed");
        }
    }

    /** Where a person starts after signing in: the most used workplace of the roles they have. */
    static String landingPage(Predicate<Role> hasRole) {
        if (hasRole.test(Role.STAFF) || hasRole.test(Role.REMISS_HANDLER)) {
            return "/staff/index.xhtml";
        }
        if (hasRole.test(Role.ADMIN)) {
            return "/admin/konton.xhtml";
        }
        if (hasRole.test(Role.PARTNER)) {
            return "/partner/index.xhtml";
        }
        return "/";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
