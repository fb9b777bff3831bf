package se.tryggstad.portal.course.infrastructure;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.course.domain.CourseMail;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mails read well in the parent's language and carry a cancel link to this portal. */
class CourseMailerTest {

    private static final LocalDateTime FIRST = LocalDateTime.of(2026, 12, 1, 18, 0);

    private static String body(CourseMail.Kind kind, String language) {
        CourseMailer mailer = new CourseMailer();
        mailer.portalUrl = "https://trygg.solna.example/";
        CourseMail mail = new CourseMail(kind, "a@example.org", language, "ABC i Solna", "Solna stadsbibliotek",
                FIRST, 3, "hemlig-token");
        return mailer.bodyOf(ResourceBundle.getBundle("se.tryggstad.portal.i18n.messages",
                Locale.forLanguageTag(language)), mail);
    }

    @Test
    void swedishWaitlistMailSaysThePlaceAndLinksToCancel() {
        String body = body(CourseMail.Kind.WAITLISTED, "sv");
        assertTrue(body.contains("väntelistan, plats 3"), body);
        assertTrue(body.contains("1 december 2026 kl. 18:00, Solna stadsbibliotek"), body);
        assertTrue(body.contains("https://trygg.solna.example/kurser/avboka.xhtml?token=hemlig-token"), body);
    }

    @Test
    void everyKindReadsWithoutPlaceholdersInBothLanguages() {
        for (CourseMail.Kind kind : CourseMail.Kind.values()) {
            for (String language : new String[] {"sv", "en"}) {
                String body = body(kind, language);
                assertFalse(body.contains("{"), body);
                assertTrue(body.contains("ABC i Solna"), body);
            }
        }
        assertTrue(body(CourseMail.Kind.PROMOTED, "en").contains("December 2026 at 18:00"));
    }
}
