package se.tryggstad.portal.support.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.shared.web.FacesMessages;
import se.tryggstad.portal.support.application.SupportCatalogue;
import se.tryggstad.portal.support.application.SupportOfferRow;
import se.tryggstad.portal.support.application.SupportRejected;

import java.io.Serializable;
import java.util.List;

/** The staff list of support services ({@code /staff/stod/index.xhtml}): publish and unpublish. */
@Named
@ViewScoped
public class StaffSupportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportCatalogue catalogue;

    /** Transient: reloaded after every change. */
    private transient List<SupportOfferRow> rows;

    public List<SupportOfferRow> getRows() {
        if (rows == null) {
            rows = catalogue.forStaff();
        }
        return rows;
    }

    public void unpublish(SupportOfferRow row) {
        change(() -> catalogue.unpublish(row.id(), row.version()), "support.staff.unpublished", row.name());
    }

    public void republish(SupportOfferRow row) {
        change(() -> catalogue.republish(row.id(), row.version()), "support.staff.published", row.name());
    }

    private void change(Runnable change, String doneKey, String name) {
        try {
            change.run();
            FacesMessages.info(doneKey, name);
        } catch (SupportRejected rejected) {
            FacesMessages.error(null, rejected.messageKey());
        }
        rows = null;
    }
}
