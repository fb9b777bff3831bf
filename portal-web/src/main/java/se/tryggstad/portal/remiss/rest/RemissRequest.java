package se.tryggstad.portal.remiss.rest;

import se.tryggstad.portal.remiss.domain.AttachmentUpload;
import se.tryggstad.portal.remiss.domain.RemissApplication;
import se.tryggstad.portal.remiss.domain.RemissProblem;
import se.tryggstad.portal.shared.OrganisationNumber;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A remiss as the police (or an integration) send it, and as staff change it ({@code version}: the version they
 * read). Dates are ISO ({@code 2027-05-20}, {@code 2027-06-12T18:00}, {@code 23:00}); attachments are base64.
 */
public record RemissRequest(
        Long version, String policeCaseNumber, LocalDate receivedOn, LocalDate answerBy, String policeEmail,
        String organiserName, String organisationNumber, String contactName, String contactPhone, String contactEmail,
        String eventName, String eventType, String placeAddress, Double latitude, Double longitude, String placeKind,
        Boolean arenaArea, LocalDateTime buildUpStarts, LocalDateTime starts, LocalDateTime ends,
        LocalDateTime teardownEnds, Integer peakVisitors, Integer totalVisitors, Boolean alcoholServed,
        Boolean ticketed, Set<String> temporaryStructures, Boolean pyrotechnics, Boolean foodSales,
        Boolean roadClosures, Boolean amplifiedSound, LocalTime soundEndsAt, Boolean lateHours,
        List<AttachmentRequest> attachments) {

    /** One attached file: its name and its content in base64. */
    public record AttachmentRequest(String fileName, String contentBase64) {
    }

    RemissApplication application() {
        return new RemissApplication(policeCaseNumber, receivedOn, answerBy, policeEmail, organiserName,
                OrganisationNumber.parse(organisationNumber).map(OrganisationNumber::value).orElse(organisationNumber),
                contactName, contactPhone, contactEmail, eventName, eventType, placeAddress, latitude, longitude,
                placeKind, yes(arenaArea), buildUpStarts, starts, ends, teardownEnds, peakVisitors, totalVisitors,
                yes(alcoholServed), yes(ticketed), temporaryStructures, yes(pyrotechnics), yes(foodSales),
                yes(roadClosures), yes(amplifiedSound), soundEndsAt, yes(lateHours));
    }

    /** Refusals only the portal can find: the organisation number's form and check digit, unreadable files. */
    List<RemissProblem> portalProblems() {
        List<RemissProblem> problems = new ArrayList<>();
        if (organisationNumber != null && !organisationNumber.isBlank() && !OrganisationNumber.isValid(organisationNumber)) {
            problems.add(new RemissProblem("organisationNumber", "remiss.organisationNumber.invalid"));
        }
        if (attachments != null && attachments.stream().anyMatch(a -> a == null || decoded(a).isEmpty())) {
            problems.add(new RemissProblem("attachments", "remiss.attachment.unreadable"));
        }
        return problems;
    }

    List<AttachmentUpload> uploads() {
        if (attachments == null) {
            return List.of();
        }
        return attachments.stream().filter(a -> a != null)
                .map(a -> new AttachmentUpload(a.fileName(), decoded(a).orElse(new byte[0]))).toList();
    }

    private static Optional<byte[]> decoded(AttachmentRequest attachment) {
        if (attachment.contentBase64() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(attachment.contentBase64().replaceAll("\\s", "")));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
