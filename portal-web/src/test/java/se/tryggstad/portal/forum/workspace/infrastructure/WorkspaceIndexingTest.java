package se.tryggstad.portal.forum.workspace.infrastructure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkspaceIndexingTest {

    @Test
    void addressesAndPhoneNumbersStayOutOfTheIndexButDatesStay() {
        assertEquals("Ring … eller maila … senast 2026-12-03.",
                WorkspaceIndexing.withoutContactDetails("Ring 070-123 45 67 eller maila kim@exempel.se senast 2026-12-03."));
        assertEquals("Ring …", WorkspaceIndexing.withoutContactDetails("Ring +46 8 123 456 78"));
    }
}
