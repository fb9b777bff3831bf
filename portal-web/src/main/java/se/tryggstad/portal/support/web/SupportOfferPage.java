package se.tryggstad.portal.support.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.support.application.SupportCatalogue;
import se.tryggstad.portal.support.application.SupportOfferView;

/** One support service in full ({@code /stod/erbjudande.xhtml?id=…}); an unknown id shows a plain notice. */
@Named
@RequestScoped
public class SupportOfferPage {

    @Inject
    SupportCatalogue catalogue;

    private SupportOfferView offer;
    private boolean loaded;

    public SupportOfferView getOffer() {
        if (!loaded) {
            Long id = SupportPages.numberParameter("id");
            offer = id == null ? null : catalogue.publishedOffer(id, SupportPages.language()).orElse(null);
            loaded = true;
        }
        return offer;
    }
}
