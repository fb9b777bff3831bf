package se.tryggstad.portal.remissrules.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/** What the remiss check pages share: the role check beyond web.xml, and durations in words. */
final class RemissPages {

    private RemissPages() {
    }

    /**
     * web.xml lets every STAFF member into {@code /staff/*}; remiss pages are for remiss handlers and administrators.
     * True when the viewer may see the page; otherwise a 403 has been sent.
     */
    static boolean handlerOrAdmin() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (external.isUserInRole("REMISS_HANDLER") || external.isUserInRole("ADMIN")) {
            return true;
        }
        try {
            external.responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return false;
    }

    /** A duration as minutes and seconds, e.g. {@code 9 min 51 s}, with a minus sign when negative. */
    static String minutesAndSeconds(Duration duration) {
        long seconds = Math.abs(duration.getSeconds());
        String sign = duration.isNegative() ? "−" : "";
        return sign + (seconds / 60) + " min " + (seconds % 60) + " s";
    }

    static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
