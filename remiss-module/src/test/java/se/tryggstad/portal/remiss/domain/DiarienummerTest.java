package se.tryggstad.portal.remiss.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiarienummerTest {

    @Test
    void prefixYearAndAtLeastFourDigits() {
        assertEquals("KS/2026:0123", Diarienummer.of("KS", 2026, 123));
        assertEquals("KS/2026:0001", Diarienummer.of("KS", 2026, 1));
        assertEquals("KS/2026:12345", Diarienummer.of("KS", 2026, 12345));
        assertEquals("SBF-EV/2027:0007", Diarienummer.of("SBF-EV", 2027, 7));
        assertTrue(Diarienummer.isValid("KS/2026:0123"));
        assertFalse(Diarienummer.isValid("KS/2026:12"));
        assertFalse(Diarienummer.isValid("ks/2026:0123"));
    }

    @Test
    void aBadPrefixOrNumberIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> Diarienummer.of("ks", 2026, 1));
        assertThrows(IllegalArgumentException.class, () -> Diarienummer.of("K S", 2026, 1));
        assertThrows(IllegalArgumentException.class, () -> Diarienummer.of("KS", 2026, 0));
    }
}
