package se.tryggstad.portal.forum.web;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** What the forum pages share: reading the {@code id} parameter and answering 404. */
public final class ForumPages {

    private ForumPages() {
    }

    /** The id as a number, or empty when it is missing or not a number (which the page answers with 404). */
    public static Optional<Long> idOf(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    /** Ends the request with 404: the forum (or the thing in it) does not exist for this caller. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Ends the request with 403 unless the caller is staff or an administrator (remiss handlers also reach /staff). */
    public static boolean refuseUnlessStaff() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getExternalContext().isUserInRole("STAFF") || faces.getExternalContext().isUserInRole("ADMIN")) {
            return false;
        }
        try {
            faces.getExternalContext().responseSendError(403, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return true;
    }

    public static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }
}
