package se.tryggstad.portal.report.application;

import se.tryggstad.portal.report.domain.ReportCategory;

import java.time.Instant;

/** A category as administrators edit it: both languages, active or not, and who changed it last. */
public record AdminCategory(String code, String nameSv, String nameEn, String descriptionSv, String descriptionEn,
                            String department, boolean active, long version, String updatedBy,
                            Instant updatedAt) implements java.io.Serializable {

    static AdminCategory of(ReportCategory category) {
        return new AdminCategory(category.code(), category.name("sv"), category.name("en"), category.description("sv"),
                category.description("en"), category.department(), category.isActive(), category.version(),
                category.updatedBy(), category.updatedAt());
    }
}
