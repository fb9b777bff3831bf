package se.tryggstad.portal.report.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceNumberTest {

    @Test
    void isTheYearAndASixDigitNumberAtLeast() {
        assertEquals("TR-2026-000123", new ReferenceNumber(2026, 123).toString());
        assertEquals("TR-2026-1234567", new ReferenceNumber(2026, 1_234_567).toString());
        assertEquals("TR-2027-000001", new ReferenceNumber(2027, 1).toString());
        assertEquals("TR-2026-999999", new ReferenceNumber(2026, 999_999).toString());
        assertEquals("TR-9999-999999999999", new ReferenceNumber(9999, 999_999_999_999L).toString());
    }

    @Test
    void readsBackWhatItWritesAndNothingElse() {
        assertEquals(new ReferenceNumber(2026, 123), ReferenceNumber.parse(" tr-2026-000123 "));
        assertTrue(ReferenceNumber.isWellFormed("TR-2026-000001"));
        assertFalse(ReferenceNumber.isWellFormed("TR-2026-12"));
        assertFalse(ReferenceNumber.isWellFormed("TR-26-000123"));
        assertFalse(ReferenceNumber.isWellFormed("TR-2026-000123; DROP TABLE"));
        assertFalse(ReferenceNumber.isWellFormed(null));
        assertThrows(IllegalArgumentException.class, () -> ReferenceNumber.parse("X"));
        assertThrows(IllegalArgumentException.class, () -> new ReferenceNumber(2026, 0));
    }
}
