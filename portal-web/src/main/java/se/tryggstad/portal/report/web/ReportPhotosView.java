package se.tryggstad.portal.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.report.application.ReportPhotoQueries;

import java.util.List;
import java.util.stream.IntStream;

/** The photo numbers of a report, for the thumbnails on the tracking, list and staff pages. */
@Named
@RequestScoped
public class ReportPhotosView {

    @Inject
    ReportPhotoQueries photos;

    public List<Integer> numbers(String reference) {
        return IntStream.rangeClosed(1, photos.count(reference)).boxed().toList();
    }

    /** The photo numbers of any report, also an unpublished one, for the staff page. */
    public List<Integer> staffNumbers(long reportId) {
        return IntStream.rangeClosed(1, photos.staffCount(reportId)).boxed().toList();
    }
}
