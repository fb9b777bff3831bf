package se.tryggstad.portal.support.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.support.domain.SupportCategory;

import java.util.Arrays;
import java.util.List;

/**
 * What every support page shares: the neutral site that quick exit goes to ({@code trygg.support.quick-exit-url},
 * env {@code TRYGG_SUPPORT_QUICK_EXIT_URL}), the kinds of help, and the visitor's language.
 */
@Named
@ApplicationScoped
public class SupportPages {

    @Inject
    @ConfigProperty(name = "trygg.support.quick-exit-url", defaultValue = "https://www.smhi.se/")
    String quickExitUrl;

    public String getQuickExitUrl() {
        return quickExitUrl;
    }

    public List<SupportCategory> getCategories() {
        return Arrays.asList(SupportCategory.values());
    }

    /** The language of the current page: {@code sv} or {@code en}. */
    static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    /** A request parameter as a number, or null when it is missing or not a number. */
    static Long numberParameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    static SupportCategory categoryParameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return Arrays.stream(SupportCategory.values()).filter(category -> category.name().equals(value)).findFirst()
                .orElse(null);
    }
}
