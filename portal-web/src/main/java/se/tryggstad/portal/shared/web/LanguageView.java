package se.tryggstad.portal.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language a visitor reads the portal in: Swedish, the city's language, whatever the browser
 * prefers, until the visitor picks English. The choice lasts for the session.
 */
@Named
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Locale ENGLISH = Locale.ENGLISH;

    private static final List<Locale> SUPPORTED = List.of(SWEDISH, ENGLISH);

    private Locale locale = SWEDISH;

    public Locale getLocale() {
        return locale;
    }

    /** The language tag for {@code <html lang>}. */
    public String getLanguage() {
        return locale.getLanguage();
    }

    /**
     * Switches the language and sends the visitor back to the page they were on. A redirect rather
     * than a re-render, so that reloading the page does not repeat the form post.
     */
    public String switchTo(String language) {
        use(language);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** Picks the language; a language the portal has no texts for leaves the choice as it was. */
    void use(String language) {
        SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(language))
                .findFirst()
                .ifPresent(supported -> locale = supported);
    }
}
