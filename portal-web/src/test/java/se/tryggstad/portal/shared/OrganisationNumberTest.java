package se.tryggstad.portal.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"802470-1230", "8024701230", "16802470-1230", " 556677-8899 ", "212000-0142"})
    void validNumbersAreAcceptedInTheUsualForms(String text) {
        assertTrue(OrganisationNumber.isValid(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"802470-1231", "556677-8898", "800101-1234", "12345", "80247O-1230", "", "19802470-1230"})
    void wrongCheckDigitsPersonnummerAndJunkAreRefused(String text) {
        assertFalse(OrganisationNumber.isValid(text), text);
    }

    @Test
    void theValueIsWrittenWithAHyphenAndEqualityIgnoresTheForm() {
        assertEquals("802470-1230", OrganisationNumber.of("8024701230").value());
        assertEquals(OrganisationNumber.of("16802470-1230"), OrganisationNumber.of("802470-1230"));
        assertFalse(OrganisationNumber.isValid(null));
    }

    @Test
    void theCheckDigitIsLuhn() {
        assertEquals(0, OrganisationNumber.checkDigit("802470123"));
        assertEquals(9, OrganisationNumber.checkDigit("556677889"));
    }
}
