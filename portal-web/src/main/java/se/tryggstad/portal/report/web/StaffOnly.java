package se.tryggstad.portal.report.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * web.xml lets remiss handlers into {@code /staff/*}; report pages show reporters' contact details,
 * so they answer 403 to anyone without the STAFF role.
 */
final class StaffOnly {

    private StaffOnly() {
    }

    /** True when the viewer may see the page; otherwise a 403 has been sent. */
    static boolean check() {
        return checkAnyOf("STAFF");
    }

    /**
     * For the few report pages that others than staff may use too (e.g. answer templates, also for
     * admins): true when the viewer has one of the roles; otherwise a 403 has been sent.
     */
    static boolean checkAnyOf(String... roles) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getResponseComplete()) {
            return false; // another view of the same page has answered already (e.g. with the 403)
        }
        ExternalContext external = faces.getExternalContext();
        for (String role : roles) {
            if (external.isUserInRole(role)) {
                return true;
            }
        }
        try {
            external.responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return false;
    }
}
