package se.tryggstad.portal.support.web;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StaffFieldsTest {

    @Test
    void aRuleIsShownAtItsInputWhenThatInputIsOnTheForm() {
        assertEquals("offer:sv_name", StaffFields.clientId("offer", "sv.name", Set.of("sv_name", "phone")));
        assertEquals("offer:phone", StaffFields.clientId("offer", "phone", Set.of("sv_name", "phone")));
    }

    @Test
    void otherwiseAmongThePageMessages() {
        assertNull(StaffFields.clientId("offer", "language", Set.of("sv_name")));
        assertNull(StaffFields.clientId("offer", null, Set.of("sv_name")));
    }
}
