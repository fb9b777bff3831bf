package se.tryggstad.portal.shared.web;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageViewTest {

    @Test
    void startsInSwedish() {
        LanguageView view = new LanguageView();
        assertEquals(Locale.forLanguageTag("sv"), view.getLocale());
        assertEquals("sv", view.getLanguage());
    }

    @Test
    void switchesToEnglishAndBack() {
        LanguageView view = new LanguageView();
        view.use("en");
        assertEquals(Locale.ENGLISH, view.getLocale());
        assertEquals("en", view.getLanguage());
        view.use("sv");
        assertEquals("sv", view.getLanguage());
    }

    @Test
    void ignoresALanguageThePortalHasNoTextsFor() {
        LanguageView view = new LanguageView();
        view.use("en");
        view.use("de");
        view.use(null);
        view.use("");
        assertEquals(Locale.ENGLISH, view.getLocale());
    }
}
