package se.tryggstad.portal.finder.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.finder.SearchIndexStartup;
import se.tryggstad.portal.search.api.SearchIndexAdministration;
import se.tryggstad.portal.search.api.SearchIndexAdministration.ParkedChange;
import se.tryggstad.portal.search.api.SearchIndexAdministration.RebuildProgress;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.util.List;

/** The administrators' search index page: rebuild with progress, and changes that keep failing. */
@Named
@RequestScoped
public class SearchIndexView {

    @Inject
    SearchIndexAdministration administration;

    @Inject
    SearchIndexStartup sources;

    private RebuildProgress progress;
    private List<ParkedChange> parked;

    public RebuildProgress getProgress() {
        if (progress == null) {
            progress = administration.progress();
        }
        return progress;
    }

    public List<ParkedChange> getParked() {
        if (parked == null) {
            parked = administration.parkedChanges();
        }
        return parked;
    }

    public boolean isNeedsRebuild() {
        return administration.needsRebuild();
    }

    public void rebuild() {
        if (administration.startRebuild(sources.allSources())) {
            FacesMessages.info("searchIndex.rebuild.started");
        } else {
            FacesMessages.error(null, "searchIndex.rebuild.alreadyRunning");
        }
        progress = null;
    }
}
