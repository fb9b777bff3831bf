package se.tryggstad.portal.leisure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.leisure.application.ActivityView;
import se.tryggstad.portal.leisure.application.Actor;
import se.tryggstad.portal.leisure.application.LeisureCatalogue;
import se.tryggstad.portal.leisure.application.LeisureQueries;

import java.util.List;

/** /partner/fritid.xhtml: the activities of the signed-in partner's organisation, with their review status. */
@Named
@RequestScoped
public class PartnerLeisureView {

    @Inject
    LeisureCatalogue catalogue;

    @Inject
    LeisureQueries queries;

    private Actor actor;
    private List<ActivityView> activities;

    private Actor actor() {
        if (actor == null) {
            actor = catalogue.actor(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(), false);
        }
        return actor;
    }

    public String getOrganisationName() {
        return actor().organisationName();
    }

    public List<ActivityView> getActivities() {
        if (activities == null) {
            activities = queries.ofActor(actor());
        }
        return activities;
    }
}
