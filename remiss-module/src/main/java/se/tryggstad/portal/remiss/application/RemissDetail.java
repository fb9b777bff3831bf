package se.tryggstad.portal.remiss.application;

import se.tryggstad.portal.remiss.domain.RemissApplication;

import java.time.LocalDateTime;
import java.util.List;

/** Everything the remiss page shows. */
public record RemissDetail(long id, long version, String diarienummer, String status, List<String> nextStatuses,
                           boolean changeable, RemissApplication application, String proposalAuthor, String reviewer,
                           String registeredBy, LocalDateTime registeredAt, List<AuditLine> audit,
                           List<ConsultationLine> consultations, List<VillkorLine> villkor,
                           List<YttrandeLine> yttranden, List<AttachmentLine> attachments) {
}
