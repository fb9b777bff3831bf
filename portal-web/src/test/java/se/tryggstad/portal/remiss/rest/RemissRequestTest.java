package se.tryggstad.portal.remiss.rest;

import org.junit.jupiter.api.Test;
import se.tryggstad.portal.remiss.domain.RemissProblem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What only the portal checks of a posted remiss: the organisation number and the attachments' encoding. */
class RemissRequestTest {

    private static RemissRequest request(String organisationNumber, List<RemissRequest.AttachmentRequest> attachments) {
        LocalDateTime start = LocalDateTime.of(2027, 6, 12, 18, 0);
        return new RemissRequest(null, "5000-K1-27", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 20),
                "p@polisen.example", "Arena AB", organisationNumber, "Kim", null, null, "Konsert", "konsert",
                "Evenemangsgatan 31", null, null, "arena_area", null, null, start, start.plusHours(4), null, 100, 200,
                true, null, Set.of("stage"), null, null, null, null, null, null, attachments);
    }

    @Test
    void aValidOrganisationNumberIsWrittenTheUsualWay() {
        RemissRequest request = request("5566778899", null);
        assertEquals(List.of(), request.portalProblems());
        assertEquals("556677-8899", request.application().organisationNumber());
        assertEquals(List.of(), request.application().problems());
        assertEquals(List.of(new RemissProblem("organisationNumber", "remiss.organisationNumber.invalid")),
                request("556677-8890", null).portalProblems());
    }

    @Test
    void attachmentsMustBeBase64() {
        byte[] content = {1, 2, 3};
        RemissRequest good = request(null, List.of(new RemissRequest.AttachmentRequest("a.pdf",
                Base64.getEncoder().encodeToString(content))));
        assertEquals(List.of(), good.portalProblems());
        assertEquals(3, good.uploads().get(0).content().length);
        assertEquals(List.of(new RemissProblem("attachments", "remiss.attachment.unreadable")),
                request(null, List.of(new RemissRequest.AttachmentRequest("a.pdf", "inte base64!"))).portalProblems());
    }
}
