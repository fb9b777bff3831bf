package se.tryggstad.portal.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;

/**
 * Texts and messages from the {@code msg} bundle in the language of the current view, so that
 * view beans never build user-facing text themselves.
 */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    /** An error shown next to the input with this client id, or among the page's messages when it is null. */
    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
