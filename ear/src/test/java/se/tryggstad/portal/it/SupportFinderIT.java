package se.tryggstad.portal.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tryggstad.portal.finder.SearchIndexStartup;
import se.tryggstad.portal.search.api.SearchHit;
import se.tryggstad.portal.search.api.SearchIndexAdministration;
import se.tryggstad.portal.search.api.SearchQuery;
import se.tryggstad.portal.search.api.SearchService;
import se.tryggstad.portal.search.api.Viewer;
import se.tryggstad.portal.support.application.NewSupportOffer;
import se.tryggstad.portal.support.application.SupportCatalogue;
import se.tryggstad.portal.support.application.SupportOfferView;
import se.tryggstad.portal.support.domain.SupportCategory;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A published support offer is shown on the support page, found by search, and survives a rebuild. */
@ExtendWith(ArquillianExtension.class)
class SupportFinderIT {

    @Deployment
    static EnterpriseArchive portal() {
        return TestServer.portalEarRunning(SupportFinderIT.class, ApiClient.class, Await.class);
    }

    @Inject
    SupportCatalogue catalogue;

    @Inject
    SearchService search;

    @Inject
    SearchIndexAdministration administration;

    @Inject
    SearchIndexStartup sources;

    @Test
    void aPublishedOfferIsOnThePageAndFoundBySearchAlsoAfterARebuild() {
        String name = "Jourhavande " + UUID.randomUUID().toString().substring(0, 8);
        SupportOfferView offer = catalogue.publish(new NewSupportOffer(name, SupportCategory.FORALDRASTOD,
                "Solna stad", "Samtal för föräldrar som oroar sig för sina tonåringar.", "08-123 45 67", null, true));

        String page = new ApiClient().get("/stod.xhtml").body();
        assertTrue(page.contains(name), page);
        assertTrue(page.contains("id=\"" + offer.anchor() + "\""), page);

        awaitTrue(() -> found(name), "the new offer is searchable");
        assertTrue(found("oroar tonåringar"), "found by its description too");

        assertTrue(administration.startRebuild(sources.allSources()) || administration.progress().running());
        awaitTrue(() -> !administration.progress().running(), "the rebuild ends");
        assertEquals("", administration.progress().failure());
        assertTrue(found(name), "the offer is in the rebuilt index, read from the database");
    }

    private boolean found(String text) {
        List<SearchHit> hits = search.search(new SearchQuery(text, Set.of(), 0, 50, Viewer.anonymous())).hits();
        return hits.stream().anyMatch(hit -> hit.uid().startsWith("support:") && hit.url().contains("stod.xhtml"));
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Await.until(condition, Duration.ofSeconds(20), what);
    }
}
