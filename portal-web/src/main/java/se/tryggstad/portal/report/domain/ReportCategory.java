package se.tryggstad.portal.report.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.regex.Pattern;

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
    public static final int MAX_NAME = 80;
    public static final int MAX_DEPARTMENT = 120;
    public static final int MAX_DESCRIPTION = 400;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

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

    @Column(name = "updated_by", length = 80)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ReportCategory() {
        // for JPA
    }

    /** A new active category (seeded by migration and by tests). */
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

    /**
     * An administrator adds a category; its code (a-z, 0-9 and hyphens) is also its Open311
     * service_code and never changes. Descriptions default to the names.
     */
    public static ReportCategory create(String code, String nameSv, String nameEn, String descriptionSv,
                                        String descriptionEn, String department, boolean active, int sortOrder,
                                        String admin, Instant now) {
        String checkedCode = code == null ? "" : code.strip();
        if (!CODE.matcher(checkedCode).matches()) {
            throw ReportRejected.invalid("code", "report.category.code.invalid");
        }
        ReportCategory category = new ReportCategory();
        category.code = checkedCode;
        category.sortOrder = sortOrder;
        category.edit(nameSv, nameEn, descriptionSv, descriptionEn, department, active, admin, now);
        return category;
    }

    /**
     * An administrator renames the category, moves it to another förvaltning or (de)activates it. An
     * inactive category is no longer offered, but the reports filed under it keep it.
     */
    public void edit(String nameSv, String nameEn, String descriptionSv, String descriptionEn, String department,
                     boolean active, String admin, Instant now) {
        String sv = Texts.required(nameSv, MAX_NAME, "nameSv", "report.category.name.required");
        String en = Texts.required(nameEn, MAX_NAME, "nameEn", "report.category.name.required");
        String checkedDepartment = Texts.required(department, MAX_DEPARTMENT, "department",
                "report.category.department.required");
        String aboutSv = Texts.optional(descriptionSv, MAX_DESCRIPTION, "descriptionSv");
        String aboutEn = Texts.optional(descriptionEn, MAX_DESCRIPTION, "descriptionEn");
        this.nameSv = sv;
        this.nameEn = en;
        this.descriptionSv = aboutSv == null ? sv : aboutSv;
        this.descriptionEn = aboutEn == null ? en : aboutEn;
        this.department = checkedDepartment;
        this.active = active;
        this.updatedBy = admin;
        this.updatedAt = now;
    }

    public long version() {
        return version;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
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
