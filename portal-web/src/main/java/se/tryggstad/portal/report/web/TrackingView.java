package se.tryggstad.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.report.application.ReportHandlingQueries;
import se.tryggstad.portal.report.application.ReportQueries;
import se.tryggstad.portal.report.application.TrackedReport;

import java.io.Serializable;

/** The page behind the secret tracking link: the report, its status history and public answers. */
@Named
@ViewScoped
public class TrackingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    @Inject
    ReportHandlingQueries handlingQueries;

    private String token;
    private TrackedReport tracked;
    private TrackedReport mergedInto;

    public void load() {
        String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        tracked = queries.track(token, language).orElse(null);
        mergedInto = tracked == null ? null : handlingQueries.mergedInto(token, language).orElse(null);
    }

    /** Staff took the report out of public view: its status shows, its text does not. */
    public boolean isHidden() {
        return tracked != null && tracked.report().description() == null;
    }

    /** The report this one was merged into as a duplicate, which the link now follows; or null. */
    public TrackedReport getMergedInto() { return mergedInto; }

    public TrackedReport getTracked() { return tracked; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
