package se.tryggstad.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    private String token;
    private TrackedReport tracked;

    public void load() {
        tracked = queries.track(token, FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage())
                .orElse(null);
    }

    public TrackedReport getTracked() { return tracked; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
