package se.tryggstad.portal.demo;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.support.application.SupportOfferForm;
import se.tryggstad.portal.support.application.SupportTextForm;
import se.tryggstad.portal.support.domain.SupportCategory;
import se.tryggstad.portal.support.domain.SupportDetails;
import se.tryggstad.portal.support.domain.SupportOffer;
import se.tryggstad.portal.support.domain.SupportScope;
import se.tryggstad.portal.support.domain.SupportText;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo services pass the same rules as staff input, so loading them can never stop the portal. */
class SupportDemoContentTest {

    @Test
    void atLeastTwentyServicesThatFollowTheRulesWithUniqueNames() {
        List<SupportOfferForm> offers = SupportDemoContent.offers();
        assertTrue(offers.size() >= 20, "issue #6 asks for at least 20, got " + offers.size());
        for (SupportOfferForm form : offers) {
            SupportOffer offer = SupportOffer.draft(new SupportDetails(form.category(), form.scope(), form.provider(),
                    form.phone(), form.webAddress(), form.chatAddress(), form.streetAddress(), form.languages(),
                    form.anonymousPossible()), text("sv.", form.swedish()), Instant.EPOCH);
            if (!form.english().isBlank()) {
                offer.translate("en", text("en.", form.english()), Instant.EPOCH);
            }
        }
        Set<String> names = offers.stream().map(form -> form.swedish().name()).collect(Collectors.toSet());
        assertEquals(offers.size(), names.size(), "names are unique: the loader looks offers up by name");
        assertTrue(offers.stream().filter(form -> !form.english().isBlank()).count() > offers.size() / 2,
                "most are translated to English");
        assertEquals(EnumSet.allOf(SupportCategory.class),
                offers.stream().map(SupportOfferForm::category).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(SupportCategory.class))), "every kind of help has a service");
        assertTrue(offers.stream().anyMatch(form -> form.scope() == SupportScope.NATIONAL));
        assertTrue(offers.stream().anyMatch(form -> form.scope() == SupportScope.MUNICIPAL));
    }

    private static SupportText text(String prefix, SupportTextForm form) {
        return SupportText.of(prefix, form.name(), form.forWhom(), form.whatHappens(), form.description(),
                form.openingHours());
    }
}
