package se.tryggstad.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.tryggstad.portal.report.domain.ReferenceNumber;
import se.tryggstad.portal.report.domain.Report;
import se.tryggstad.portal.report.infrastructure.ReportPhotoRepository;
import se.tryggstad.portal.report.infrastructure.ReportRepository;

import java.util.Optional;

/** The photos of public reports, for the API and the pages' thumbnails. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportPhotoQueries {

    @Inject
    ReportRepository reports;

    @Inject
    ReportPhotoRepository photos;

    /** The stored JPEG of the report's photo number {@code sequence} (from 1). */
    public Optional<byte[]> photo(String reference, int sequence) {
        return publicReport(reference).flatMap(report -> photos.find(report.id(), sequence))
                .map(photo -> photo.jpeg());
    }

    /**
     * The id of the public report's photo number {@code sequence}: the photo's bytes never change, so it
     * names them for a cache (an ETag), and asking for it checks that the report is public now.
     */
    public Optional<Long> photoId(String reference, int sequence) {
        return publicReport(reference).flatMap(report -> photos.idOf(report.id(), sequence));
    }

    /** How many photos the report has; 0 for an unknown reference. */
    public int count(String reference) {
        return publicReport(reference).map(report -> photos.countOf(report.id())).orElse(0);
    }

    /** A photo of any report, published or not, for staff. */
    public Optional<byte[]> staffPhoto(long reportId, int sequence) {
        return photos.find(reportId, sequence).map(photo -> photo.jpeg());
    }

    public int staffCount(long reportId) {
        return photos.countOf(reportId);
    }

    /** The report, while it is public: an unpublished report's photos are not served. */
    private Optional<Report> publicReport(String reference) {
        if (reference == null || !ReferenceNumber.isWellFormed(reference)) {
            return Optional.empty();
        }
        return reports.findByReference(ReferenceNumber.parse(reference).toString()).filter(Report::isPublished);
    }
}
