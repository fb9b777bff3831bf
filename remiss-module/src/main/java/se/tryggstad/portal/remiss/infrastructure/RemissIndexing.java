package se.tryggstad.portal.remiss.infrastructure;

import se.tryggstad.portal.remiss.domain.Remiss;
import se.tryggstad.portal.search.api.Audience;
import se.tryggstad.portal.search.api.DocumentType;
import se.tryggstad.portal.search.api.GeoPoint;
import se.tryggstad.portal.search.api.IndexDocument;
import se.tryggstad.portal.search.api.IndexingOutbox;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What search knows of a remiss: for staff only, the event and the case, never the organiser's contact person,
 * phone or e-mail (nor the organiser's name, which may be a private person's).
 */
public final class RemissIndexing {

    private static final ZoneId SOLNA = ZoneId.of("Europe/Stockholm");

    private RemissIndexing() {
    }

    public static String uidOf(long remissId) {
        return DocumentType.REMISS.id() + ":" + remissId;
    }

    public static IndexDocument documentOf(Remiss remiss) {
        String body = String.join(" ", remiss.diarienummer(), remiss.policeCaseNumber(), remiss.eventName(),
                remiss.eventType().toLowerCase(), remiss.placeAddress(), remiss.startsAt().toLocalDate().toString(),
                "remiss", "evenemang", "tillstånd");
        GeoPoint point = remiss.application().latitude() == null ? null
                : new GeoPoint(remiss.application().latitude(), remiss.application().longitude());
        return new IndexDocument(uidOf(remiss.id()), DocumentType.REMISS.id(),
                remiss.diarienummer() + " " + remiss.eventName(), body, "sv", Set.of(Audience.STAFF),
                List.of("remiss", remiss.eventType().toLowerCase()),
                Map.of("status", remiss.status().name(), "eventType", remiss.eventType()), point,
                "/staff/remisser/remiss.xhtml?id=" + remiss.id(), remiss.registeredAt().atZone(SOLNA).toInstant(),
                remiss.version());
    }

    /** Call after a flush, so that the version is the stored one. */
    public static void sync(IndexingOutbox outbox, Remiss remiss) {
        outbox.upsert(documentOf(remiss));
    }
}
