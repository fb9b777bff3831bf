package se.tryggstad.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tryggstad.portal.account.application.AccountQueries;
import se.tryggstad.portal.account.application.AccountService;
import se.tryggstad.portal.account.application.NewAccount;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.support.application.NewSupportOffer;
import se.tryggstad.portal.support.application.SupportCatalogue;
import se.tryggstad.portal.support.domain.SupportCategory;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo content for the run profile only ({@code TRYGG_DEMO_DATA=true}); loaded once, through the
 * same application services a user would use. The demo logins are listed in README.md.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoContent {

    /** Documented in README.md; exists only where demo data is switched on. */
    static final String DEMO_PASSWORD = "Trygg-demo-2026";

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "trygg.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    AccountService accounts;

    @Inject
    AccountQueries queries;

    @Inject
    SupportCatalogue support;

    @PostConstruct
    void loadOnce() {
        if (!enabled) {
            return;
        }
        demoAccount("admin", "Ada Administratör", EnumSet.of(Role.ADMIN, Role.STAFF));
        demoAccount("handlaggare", "Hanna Handläggare", EnumSet.of(Role.STAFF, Role.REMISS_HANDLER));
        demoAccount("personal", "Per Personal", EnumSet.of(Role.STAFF));
        demoAccount("partner", "Paula Partner", EnumSet.of(Role.PARTNER));
        supportOffers().forEach(this::demoOffer);
    }

    private void demoOffer(NewSupportOffer offer) {
        if (!support.hasOfferNamed(offer.name())) {
            support.publish(offer);
        }
    }

    /** Demo offers; the national numbers are real, the local services are examples. */
    private static List<NewSupportOffer> supportOffers() {
        return List.of(
                new NewSupportOffer("Brottsofferjouren", SupportCategory.BROTTSOFFERSTOD, "Brottsofferjouren Sverige",
                        "Stöd till dig som har utsatts för brott, varit vittne eller är anhörig. Du kan vara anonym "
                                + "och behöver inte ha gjort en polisanmälan.", "116 006", "https://www.boj.se", true),
                new NewSupportOffer("Kvinnofridslinjen", SupportCategory.VALD_I_NARA_RELATIONER, "Nationellt centrum för kvinnofrid",
                        "Nationell stödtelefon för dig som har utsatts för hot, våld eller sexuella övergrepp, "
                                + "och för anhöriga. Öppen dygnet runt, kostnadsfri och anonym.", "020-50 50 50",
                        "https://kvinnofridslinjen.se", true),
                new NewSupportOffer("Stöd vid våld i nära relationer", SupportCategory.VALD_I_NARA_RELATIONER,
                        "Solna stad, socialtjänsten",
                        "Samtalsstöd, skyddat boende och hjälp att göra en plan om du blir slagen, hotad eller "
                                + "kontrollerad av någon du lever med. Stöd finns också för barn som upplevt våld.",
                        null, null, false),
                new NewSupportOffer("Stöd mot hedersrelaterat våld och förtryck", SupportCategory.HEDERSRELATERAT_VALD,
                        "Solna stad, socialtjänsten",
                        "För dig som begränsas av din familj i vem du får träffa, gifta dig med eller hur du får "
                                + "leva. Vi hjälper dig att hitta skydd och stöd.", null, null, true),
                new NewSupportOffer("Avhopparverksamhet", SupportCategory.AVHOPPARSTOD, "Solna stad och Polisen",
                        "Stöd för dig som vill lämna ett kriminellt nätverk eller gäng: samtal, boende, "
                                + "sysselsättning och kontakt med myndigheter.", null, null, true),
                new NewSupportOffer("Anhörigstöd", SupportCategory.ANHORIGSTOD, "Solna stad",
                        "Råd och samtal för dig som är orolig för någon i din närhet, till exempel ett barn som "
                                + "dras in i kriminalitet.", null, null, false),
                new NewSupportOffer("Föräldraprogram", SupportCategory.FORALDRASTOD, "Solna stad, familjestöd",
                        "Kostnadsfria föräldrakurser och enskilda samtal för föräldrar till barn och tonåringar. "
                                + "Prata med andra föräldrar om gränser, konflikter och oro.", null, null, false),
                new NewSupportOffer("BRIS – för barn och unga", SupportCategory.BROTTSOFFERSTOD, "Barnens rätt i samhället",
                        "Barn och unga upp till 18 år kan ringa, mejla eller chatta anonymt med en kurator om "
                                + "allt som känns svårt.", "116 111", "https://www.bris.se", true));
    }

    private void demoAccount(String username, String name, Set<Role> roles) {
        if (queries.find(username).isEmpty()) {
            accounts.open(new NewAccount(username, name, DEMO_PASSWORD, roles));
            LOG.info(() -> "Demo account '" + username + "' created.");
        }
    }
}
