package se.tryggstad.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.account.application.OrganisationService;
import se.tryggstad.portal.account.application.OrganisationSummary;
import se.tryggstad.portal.account.domain.OrganisationKind;
import se.tryggstad.portal.forum.application.ForumQueries;
import se.tryggstad.portal.forum.application.ForumService;
import se.tryggstad.portal.forum.application.ForumSummary;
import se.tryggstad.portal.forum.domain.ForumDetails;
import se.tryggstad.portal.forum.domain.ForumType;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Demo samverkansforum: platssamverkan Solna centrum and Hagalund torg (their areas are drawn
 * roughly by hand, not surveyed), a näringslivsforum and a föreningsforum, with the demo user
 * "partner" (Råsunda IS) a member so the workspace can be tried. Only with
 * {@code TRYGG_DEMO_DATA=true}; idempotent, through the application services.
 */
@Singleton
@Startup
@DependsOn({"DemoContent", "LeisureDemoContent"})
public class ForumDemoContent {

    private static final Logger LOG = Logger.getLogger(ForumDemoContent.class.getName());

    /** Approximate: the blocks around Solna centrum's square and shopping centre. */
    static final String SOLNA_CENTRUM = "59.3620,17.9960;59.3620,18.0045;59.3575,18.0045;59.3575,17.9960";
    /** Approximate: Hagalund torg and the streets next to it. */
    static final String HAGALUND_TORG = "59.3585,18.0130;59.3585,18.0185;59.3555,18.0185;59.3555,18.0130";

    @Inject
    @ConfigProperty(name = "trygg.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    OrganisationService organisations;

    @Inject
    ForumService forums;

    @Inject
    ForumQueries queries;

    @PostConstruct
    void loadOnce() {
        if (!enabled) {
            return;
        }
        OrganisationSummary rasunda = organisation("Råsunda IS", "802470-1230", OrganisationKind.FORENING);
        OrganisationSummary hagalund = organisation("Hagalunds kulturförening", "802511-4565", OrganisationKind.FORENING);
        ForumSummary centrum = forum(new ForumDetails(ForumType.PLATSSAMVERKAN, "Platssamverkan Solna centrum",
                "Fastighetsägare, handlare, föreningar, staden och polisen arbetar tillsammans för ett tryggt och "
                        + "välkomnande Solna centrum: belysning, städning, nattvandring och snabba åtgärder vid skadegörelse.",
                "Property owners, shops, associations, the city and the police work together for a safe and welcoming "
                        + "Solna centrum.", SOLNA_CENTRUM, true));
        ForumSummary torg = forum(new ForumDetails(ForumType.PLATSSAMVERKAN, "Platssamverkan Hagalund torg",
                "Samverkan kring torget i Hagalund: trygga kvällar, trasig belysning och aktiviteter för unga.",
                "Working together around Hagalund's square: safe evenings, lighting and activities for young people.",
                HAGALUND_TORG, true));
        forums.admit(centrum.id(), rasunda.id());
        forums.admit(torg.id(), hagalund.id());
        LOG.info("Demo forums loaded");
    }

    private ForumSummary forum(ForumDetails details) {
        Optional<ForumSummary> existing = queries.all().stream()
                .filter(forum -> forum.name().equals(details.name())).findFirst();
        return existing.orElseGet(() -> forums.found(details));
    }

    private OrganisationSummary organisation(String name, String number, OrganisationKind kind) {
        return organisations.findByNumber(number).orElseGet(() -> organisations.register(name, number, kind));
    }
}
