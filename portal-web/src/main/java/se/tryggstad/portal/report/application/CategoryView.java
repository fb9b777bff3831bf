package se.tryggstad.portal.report.application;

import se.tryggstad.portal.report.domain.ReportCategory;

/** A category in one language, with the förvaltning that receives its reports. */
public record CategoryView(String code, String name, String description, String department) implements java.io.Serializable {

    static CategoryView of(ReportCategory category, String language) {
        return new CategoryView(category.code(), category.name(language), category.description(language),
                category.department());
    }
}
