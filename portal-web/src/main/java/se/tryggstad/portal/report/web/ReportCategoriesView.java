package se.tryggstad.portal.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.report.application.AdminCategory;
import se.tryggstad.portal.report.application.ReportAdministration;
import se.tryggstad.portal.report.application.ReportAdministration.CategoryInput;
import se.tryggstad.portal.report.application.ReportHandlingQueries;
import se.tryggstad.portal.report.domain.ReportRejected;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * /admin/rapportkategorier.xhtml: every report category with its förvaltning; the form edits the
 * one in {@code ?kod=}, or adds a new one. web.xml lets only ADMIN in.
 */
@Named
@ViewScoped
public class ReportCategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "category";
    private static final Set<String> FIELDS = Set.of("code", "nameSv", "nameEn", "descriptionSv", "descriptionEn",
            "department");

    @Inject
    ReportHandlingQueries queries;

    @Inject
    ReportAdministration administration;

    private String code;
    private boolean editing;
    private Long version;
    private String nameSv;
    private String nameEn;
    private String descriptionSv;
    private String descriptionEn;
    private String department;
    private boolean active = true;
    private List<AdminCategory> categories;
    private List<String> departments;

    public void load() {
        categories = queries.adminCategories();
        departments = queries.departments();
        AdminCategory chosen = code == null ? null : queries.adminCategory(code).orElse(null);
        editing = chosen != null;
        if (chosen != null) {
            version = chosen.version();
            nameSv = chosen.nameSv();
            nameEn = chosen.nameEn();
            descriptionSv = chosen.descriptionSv();
            descriptionEn = chosen.descriptionEn();
            department = chosen.department();
            active = chosen.active();
        }
    }

    public String save() {
        String admin = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        CategoryInput input = new CategoryInput(nameSv, nameEn, descriptionSv, descriptionEn, department, active);
        try {
            AdminCategory saved = editing ? administration.editCategory(code, version, input, admin)
                    : administration.createCategory(code, input, admin);
            FacesMessages.info("report.category.saved", saved.nameSv());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/rapportkategorier.xhtml?faces-redirect=true";
        } catch (ReportRejected rejected) {
            FacesMessages.error(FIELDS.contains(rejected.field()) ? FORM + ":" + rejected.field() : null,
                    rejected.messageKey());
            categories = queries.adminCategories();
            return null;
        }
    }

    public boolean isEditing() { return editing; }
    public List<AdminCategory> getCategories() { return categories; }
    public List<String> getDepartments() { return departments; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameSv() { return nameSv; }
    public void setNameSv(String nameSv) { this.nameSv = nameSv; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescriptionSv() { return descriptionSv; }
    public void setDescriptionSv(String descriptionSv) { this.descriptionSv = descriptionSv; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
