package se.tryggstad.portal.leisure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.leisure.application.ActivityView;
import se.tryggstad.portal.leisure.application.LeisureQueries;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One public activity: /fritid/aktivitet.xhtml?id=…; anything else is 404. */
@Named
@RequestScoped
public class ActivityPageView {

    @Inject
    LeisureQueries queries;

    private String id;
    private ActivityView activity;

    public void load() {
        activity = parseId().flatMap(queries::publicActivity).orElse(null);
        if (activity == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    private java.util.Optional<Long> parseId() {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Long.parseLong(id));
    }

    public ActivityView getActivity() { return activity; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
