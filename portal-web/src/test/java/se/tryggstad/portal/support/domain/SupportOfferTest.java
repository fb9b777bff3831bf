package se.tryggstad.portal.support.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupportOfferTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static SupportDetails details(String phone, String web) {
        return new SupportDetails(SupportCategory.BROTTSOFFERSTOD, SupportScope.NATIONAL, "Brottsofferjouren Sverige",
                phone, web, null, null, "svenska", true);
    }

    private static SupportText swedish(String name) {
        return SupportText.of("sv.", name, "Dig som utsatts för brott", "En volontär lyssnar",
                "Stöd efter brott", "Vardagar 9–19");
    }

    private static SupportOffer offer() {
        return SupportOffer.draft(details("116 006", "https://www.boj.se"), swedish("Brottsofferjouren"), NOW);
    }

    @Test
    void aDraftIsNotPublishedUntilStaffPublishIt() {
        SupportOffer offer = offer();
        assertFalse(offer.isPublished());
        offer.publish(NOW);
        assertTrue(offer.isPublished());
        offer.unpublish(NOW.plusSeconds(60));
        assertFalse(offer.isPublished());
        assertEquals(NOW.plusSeconds(60), offer.updatedAt());
    }

    @Test
    void visitorsReadTheirLanguageAndSwedishWhenThereIsNoTranslation() {
        SupportOffer offer = offer();
        assertEquals("Brottsofferjouren", offer.textIn("en").name());
        offer.translate("en", SupportText.of("en.", "Victim Support Sweden", null, null, "Support after crime", null), NOW);
        assertEquals("Victim Support Sweden", offer.textIn("en").name());
        assertEquals("Brottsofferjouren", offer.textIn("ar").name());
        assertEquals(Set.of("en", "sv"), offer.textLanguages());
        offer.removeTranslation("en", NOW);
        assertFalse(offer.isTranslatedTo("en"));
        assertEquals("Brottsofferjouren", offer.name(), "the Swedish name is kept for look-up");
    }

    @Test
    void swedishCannotBeRemovedOrTranslatedOver() {
        SupportOffer offer = offer();
        SupportRuleViolation violation = assertThrows(SupportRuleViolation.class, () -> offer.removeTranslation("sv", NOW));
        assertEquals("language", violation.field());
        assertThrows(SupportRuleViolation.class, () -> offer.translate("sv", swedish("Annat"), NOW));
        assertThrows(SupportRuleViolation.class, () -> offer.translate("EN!", swedish("Annat"), NOW));
    }

    @Test
    void eachRuleNamesTheInputItIsAbout() {
        assertEquals("sv.name", assertThrows(SupportRuleViolation.class,
                () -> SupportText.of("sv.", " ", null, null, "Text", null)).field());
        assertEquals("en.description", assertThrows(SupportRuleViolation.class,
                () -> SupportText.of("en.", "Name", null, null, null, null)).field());
        assertEquals("sv.name", assertThrows(SupportRuleViolation.class,
                () -> SupportText.of("sv.", "x".repeat(161), null, null, "Text", null)).field());
        SupportRuleViolation phone = assertThrows(SupportRuleViolation.class,
                () -> SupportOffer.draft(details("ring oss", null), swedish("Namn"), NOW));
        assertEquals("phone", phone.field());
        assertEquals("support.rule.phone", phone.messageKey());
        assertEquals("webAddress", assertThrows(SupportRuleViolation.class,
                () -> SupportOffer.draft(details(null, "http://example.se"), swedish("Namn"), NOW)).field());
        assertEquals("support.rule.noWayToReach", assertThrows(SupportRuleViolation.class,
                () -> SupportOffer.draft(details(null, null), swedish("Namn"), NOW)).messageKey());
    }

    @Test
    void aRefusedRevisionLeavesTheOfferAsItWas() {
        SupportOffer offer = offer();
        assertThrows(SupportRuleViolation.class,
                () -> offer.revise(details("112", "inte en adress"), swedish("Nytt namn"), NOW.plusSeconds(5)));
        assertEquals("Brottsofferjouren", offer.name());
        assertEquals("116 006", offer.phone());
        assertEquals(NOW, offer.updatedAt());
    }

    @Test
    void optionalTextsAreTrimmedAndEmptyBecomesNothing() {
        SupportText text = SupportText.of("sv.", "  Namn ", "  ", null, " Beskrivning ", "");
        assertEquals("Namn", text.name());
        assertNull(text.forWhom());
        assertNull(text.openingHours());
        assertEquals("Beskrivning", text.searchableBody());
    }
}
