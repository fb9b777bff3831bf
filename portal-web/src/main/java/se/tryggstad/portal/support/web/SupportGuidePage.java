package se.tryggstad.portal.support.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.support.application.GuideStep;
import se.tryggstad.portal.support.application.SupportGuide;
import se.tryggstad.portal.support.application.SupportOfferView;
import se.tryggstad.portal.support.domain.SupportCategory;

import java.util.List;

/**
 * The guided path "Vad behöver du hjälp med?" ({@code /stod/hjalp.xhtml}). Each step is a plain GET link
 * ({@code ?fraga=}, or {@code ?kategori=&erbjudande=} for the recommendation), so nothing about the
 * visitor's answers is kept on the server.
 */
@Named
@RequestScoped
public class SupportGuidePage {

    @Inject
    SupportGuide guide;

    private GuideStep step;
    private List<SupportOfferView> recommendations;

    /** The question to show; null when the page shows recommendations or the guide is empty. */
    public GuideStep getStep() {
        if (step == null && !isRecommending()) {
            step = guide.step(SupportPages.numberParameter("fraga"), SupportPages.language()).orElse(null);
        }
        return step;
    }

    public boolean isRecommending() {
        return SupportPages.categoryParameter("kategori") != null || SupportPages.numberParameter("erbjudande") != null;
    }

    public SupportCategory getCategory() {
        return SupportPages.categoryParameter("kategori");
    }

    public List<SupportOfferView> getRecommendations() {
        if (recommendations == null) {
            recommendations = guide.recommendations(getCategory(), SupportPages.numberParameter("erbjudande"),
                    SupportPages.language());
        }
        return recommendations;
    }

    /** Where a choice leads, relative to the context root. */
    public String target(GuideStep.Choice choice) {
        if (choice.nextQuestionId() != null) {
            return "/stod/hjalp.xhtml?fraga=" + choice.nextQuestionId();
        }
        StringBuilder target = new StringBuilder("/stod/hjalp.xhtml?");
        if (choice.category() != null) {
            target.append("kategori=").append(choice.category());
        }
        if (choice.offerId() != null) {
            target.append(choice.category() != null ? "&" : "").append("erbjudande=").append(choice.offerId());
        }
        return target.toString();
    }
}
