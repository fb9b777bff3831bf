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
import se.tryggstad.portal.support.application.EditableSupportOffer;
import se.tryggstad.portal.support.application.GuideAnswerForm;
import se.tryggstad.portal.support.application.GuideStep;
import se.tryggstad.portal.support.application.SupportCatalogue;
import se.tryggstad.portal.support.application.SupportGuide;
import se.tryggstad.portal.support.application.SupportOfferForm;
import se.tryggstad.portal.support.application.SupportOfferView;
import se.tryggstad.portal.support.application.SupportRejected;
import se.tryggstad.portal.support.application.SupportTextForm;
import se.tryggstad.portal.support.domain.SupportCategory;
import se.tryggstad.portal.support.domain.SupportScope;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Support services as staff keep them: published ones are on the support pages and found by search in
 * Swedish and English, edits and unpublishing reach the page and search, bad input saves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SupportFinderIT {

    @Deployment
    static EnterpriseArchive portal() {
        return TestServer.portalEarRunning(SupportFinderIT.class, ApiClient.class, Await.class);
    }

    @Inject
    SupportCatalogue catalogue;

    @Inject
    SupportGuide guide;

    @Inject
    SearchService search;

    @Inject
    SearchIndexAdministration administration;

    @Inject
    SearchIndexStartup sources;

    @Test
    void aPublishedOfferIsOnThePageAndFoundBySearchInBothLanguagesAlsoAfterARebuild() {
        String word = unique();
        String name = "Jourhavande " + word;
        SupportOfferView offer = catalogue.publish(form(name, "Samtal för föräldrar som oroar sig för sina tonåringar.",
                "08-123 45 67", new SupportTextForm("Parents line " + word, "Parents", null,
                        "Talks for parents worried about their teenagers.", "Weekdays")));

        String page = new ApiClient().get("/stod.xhtml").body();
        assertTrue(page.contains(name), page);
        assertTrue(page.contains("id=\"" + offer.anchor() + "\""), page);
        assertTrue(page.contains("href=\"tel:081234567\""), page);
        String detail = new ApiClient().get("/stod/erbjudande.xhtml?id=" + offer.id()).body();
        assertTrue(detail.contains(name) && detail.contains("Vardagar 9–16"), detail);

        awaitTrue(() -> found(name, ":sv"), "the new offer is searchable in Swedish");
        awaitTrue(() -> found("Parents line " + word, ":en"), "and in English");
        assertTrue(hits("oroar tonåringar").stream().anyMatch(hit -> hit.title().equals(name)),
                "found by its description too");

        assertTrue(administration.startRebuild(sources.allSources()) || administration.progress().running());
        awaitTrue(() -> !administration.progress().running(), "the rebuild ends");
        assertEquals("", administration.progress().failure());
        assertTrue(found(name, ":sv"), "the offer is in the rebuilt index, read from the database");
        assertTrue(found("Parents line " + word, ":en"), "its English text too");
    }

    @Test
    void staffEditsReachThePageAndSearchAndUnpublishingRemovesTheOffer() {
        String word = unique();
        long id = catalogue.add(form("Stödgrupp " + word, "Samtal i grupp.", "08-765 43 21", SupportTextForm.empty()), true);
        awaitTrue(() -> found("Stödgrupp " + word, ":sv"), "the offer is searchable");

        EditableSupportOffer editable = catalogue.editable(id);
        String renamed = "Samtalsgrupp " + word;
        catalogue.revise(id, editable.version(), form(renamed, "Samtal i grupp för unga.", "08-765 43 21",
                new SupportTextForm("Talk group " + word, null, null, "Group talks for young people.", null)));

        assertTrue(new ApiClient().get("/stod.xhtml").body().contains(renamed));
        awaitTrue(() -> found(renamed, ":sv") && found("Talk group " + word, ":en"), "the edit is searchable");
        assertFalse(found("Stödgrupp " + word, ":sv"), "the old name is gone from search");

        assertThrows(SupportRejected.class, () -> catalogue.unpublish(id, editable.version()),
                "a change from a page read before the edit is a conflict");
        catalogue.unpublish(id, catalogue.editable(id).version());

        assertFalse(new ApiClient().get("/stod.xhtml").body().contains(renamed), "gone from the page");
        assertFalse(new ApiClient().get("/stod/erbjudande.xhtml?id=" + id).body().contains(renamed));
        awaitTrue(() -> !found(renamed, ":sv") && !found("Talk group " + word, ":en"), "gone from search");

        catalogue.republish(id, catalogue.editable(id).version());
        awaitTrue(() -> found(renamed, ":sv"), "published again");
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        String name = "Felaktigt " + unique();
        SupportRejected phone = assertThrows(SupportRejected.class,
                () -> catalogue.add(form(name, "Beskrivning", "ring oss", SupportTextForm.empty()), true));
        assertEquals("phone", phone.field());
        assertEquals(SupportRejected.Reason.INVALID, phone.reason());
        assertFalse(catalogue.hasOfferNamed(name), "nothing saved");

        SupportRejected english = assertThrows(SupportRejected.class, () -> catalogue.add(form(name, "Beskrivning",
                "08-111 22 33", new SupportTextForm("Only a name", null, null, " ", null)), true));
        assertEquals("en.description", english.field());
        assertFalse(catalogue.hasOfferNamed(name), "nothing saved when only the English text is wrong");

        long id = catalogue.add(form(name, "Beskrivning", "08-111 22 33", SupportTextForm.empty()), true);
        EditableSupportOffer before = catalogue.editable(id);
        assertThrows(SupportRejected.class, () -> catalogue.revise(id, before.version(),
                form("Nytt namn", "Ny beskrivning", "08-111 22 33", new SupportTextForm("Name", null, null, null, null))));
        assertEquals(before, catalogue.editable(id), "a refused edit changes nothing, not even the Swedish text");
    }

    @Test
    void theGuidedPathLeadsFromAQuestionToRecommendations() {
        String word = unique();
        long offerId = catalogue.add(form("Avhopparstöd " + word, "Stöd för att lämna ett gäng.", "08-222 33 44",
                SupportTextForm.empty()), true);
        long followUp = guide.addQuestion("Hur gammal är du? " + word, "How old are you? " + word, false);
        guide.addAnswer(followUp, version(followUp), new GuideAnswerForm("Under 18", "Under 18", null,
                SupportCategory.AVHOPPARSTOD, offerId));

        GuideStep step = guide.step(followUp, "en").orElseThrow();
        assertEquals("How old are you? " + word, step.question());
        GuideStep.Choice choice = step.choices().get(0);
        List<SupportOfferView> recommended = guide.recommendations(SupportCategory.valueOf(choice.category()),
                choice.offerId(), "sv");
        assertEquals(offerId, recommended.get(0).id(), "the named service comes first");

        SupportRejected neither = assertThrows(SupportRejected.class, () -> guide.addAnswer(followUp, version(followUp),
                new GuideAnswerForm("Vet inte", null, null, null, null)));
        assertEquals("target", neither.field());
        assertEquals(1, guide.step(followUp, "sv").orElseThrow().choices().size(), "nothing saved");

        String page = new ApiClient().get("/stod/hjalp.xhtml?fraga=" + followUp).body();
        assertTrue(page.contains("Hur gammal är du? " + word), page);
        assertTrue(page.contains("erbjudande=" + offerId), page);
        String recommendation = new ApiClient().get("/stod/hjalp.xhtml?kategori=AVHOPPARSTOD&erbjudande=" + offerId).body();
        assertTrue(recommendation.contains("Avhopparstöd " + word), recommendation);
    }

    private long version(long questionId) {
        return guide.allQuestions().stream().filter(question -> question.id() == questionId).findFirst().orElseThrow()
                .version();
    }

    private static SupportOfferForm form(String name, String description, String phone, SupportTextForm english) {
        return new SupportOfferForm(SupportCategory.FORALDRASTOD, SupportScope.MUNICIPAL, "Solna stad", phone, null,
                null, null, "svenska", true, new SupportTextForm(name, "Föräldrar", "Du får prata med någon.",
                description, "Vardagar 9–16"), english);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Whether searching for the name finds the offer's document in one language ({@code :sv} or {@code :en}). */
    private boolean found(String name, String uidEnding) {
        return hits(name).stream().anyMatch(hit -> hit.title().equals(name) && hit.uid().endsWith(uidEnding));
    }

    private List<SearchHit> hits(String text) {
        return search.search(new SearchQuery(text, Set.of(), 0, 50, Viewer.anonymous())).hits().stream()
                .filter(hit -> hit.uid().startsWith("support:") && hit.url().contains("/stod/erbjudande.xhtml?id="))
                .toList();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Await.until(condition, Duration.ofSeconds(20), what);
    }
}
