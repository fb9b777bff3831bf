package se.tryggstad.portal.report.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a report is about, e.g. belysning, and the förvaltning that receives such reports. Kept in the
 * shared cache: every submitted report reads its category, and categories change seldom and only
 * through this persistence unit.
 */
@Entity
@Cacheable
@Table(name = "rpt_category")
@NamedQuery(name = ReportCategory.ACTIVE, query = "SELECT c FROM ReportCategory c WHERE c.active = TRUE "
        + "ORDER BY c.sortOrder, c.code")
public class ReportCategory {

    public static final String ACTIVE = "ReportCategory.active";

    @Id
    @Column(length = 40)
    private String code;

    @Version
    private long version;

    @Column(name = "name_sv", nullable = false, length = 80)
    private String nameSv;

    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn;

    @Column(name = "description_sv", nullable = false, length = 400)
    private String descriptionSv;

    @Column(name = "description_en", nullable = false, length = 400)
    private String descriptionEn;

    @Column(nullable = false, length = 120)
    private String department;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected ReportCategory() {
        // for JPA
    }

    /** A new active category (categories are seeded by migration; admin editing comes later). */
    public static ReportCategory define(String code, String nameSv, String nameEn, String department, int sortOrder) {
        ReportCategory category = new ReportCategory();
        category.code = code;
        category.nameSv = nameSv;
        category.nameEn = nameEn;
        category.descriptionSv = nameSv;
        category.descriptionEn = nameEn;
        category.department = department;
        category.sortOrder = sortOrder;
        category.active = true;
        return category;
    }

    public String code() {
        return code;
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameSv;
    }

    public String description(String language) {
        return "en".equals(language) ? descriptionEn : descriptionSv;
    }

    public String department() {
        return department;
    }

    public boolean isActive() {
        return active;
    }
}
