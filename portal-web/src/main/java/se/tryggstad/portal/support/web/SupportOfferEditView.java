package se.tryggstad.portal.support.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.shared.web.FacesMessages;
import se.tryggstad.portal.support.application.EditableSupportOffer;
import se.tryggstad.portal.support.application.SupportCatalogue;
import se.tryggstad.portal.support.application.SupportOfferForm;
import se.tryggstad.portal.support.application.SupportRejected;
import se.tryggstad.portal.support.application.SupportTextForm;
import se.tryggstad.portal.support.domain.SupportCategory;
import se.tryggstad.portal.support.domain.SupportScope;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Staff create or edit one support service, Swedish and English ({@code /staff/stod/erbjudande.xhtml?id=…}). */
@Named
@ViewScoped
public class SupportOfferEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "offer";
    private static final List<String> TEXT_FIELDS = List.of("name", "forWhom", "whatHappens", "description", "openingHours");
    private static final Set<String> FIELDS = Set.of("category", "scope", "provider", "phone", "webAddress",
            "chatAddress", "streetAddress", "languages", "sv_name", "sv_forWhom", "sv_whatHappens", "sv_description",
            "sv_openingHours", "en_name", "en_forWhom", "en_whatHappens", "en_description", "en_openingHours");

    @Inject
    SupportCatalogue catalogue;

    private Long id;
    private long version;
    private boolean published = true;
    private SupportCategory category;
    private SupportScope scope = SupportScope.MUNICIPAL;
    private boolean anonymousPossible;
    /** Text inputs by their id, e.g. {@code sv_name}. */
    private final HashMap<String, String> fields = new HashMap<>();

    @PostConstruct
    void load() {
        Long requested = SupportPages.numberParameter("id");
        if (requested != null) {
            try {
                show(catalogue.editable(requested));
            } catch (SupportRejected notFound) {
                FacesMessages.error(null, notFound.messageKey());
            }
        }
    }

    private void show(EditableSupportOffer offer) {
        SupportOfferForm form = offer.form();
        id = offer.id();
        version = offer.version();
        published = offer.published();
        category = form.category();
        scope = form.scope();
        anonymousPossible = form.anonymousPossible();
        fields.put("provider", form.provider());
        fields.put("phone", form.phone());
        fields.put("webAddress", form.webAddress());
        fields.put("chatAddress", form.chatAddress());
        fields.put("streetAddress", form.streetAddress());
        fields.put("languages", form.languages());
        put("sv", form.swedish());
        put("en", form.english());
    }

    private void put(String language, SupportTextForm text) {
        fields.put(language + "_name", text.name());
        fields.put(language + "_forWhom", text.forWhom());
        fields.put(language + "_whatHappens", text.whatHappens());
        fields.put(language + "_description", text.description());
        fields.put(language + "_openingHours", text.openingHours());
    }

    private SupportTextForm text(String language) {
        List<String> values = TEXT_FIELDS.stream().map(field -> fields.get(language + "_" + field)).toList();
        return new SupportTextForm(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4));
    }

    public void save() {
        SupportOfferForm form = new SupportOfferForm(category, scope, fields.get("provider"), fields.get("phone"),
                fields.get("webAddress"), fields.get("chatAddress"), fields.get("streetAddress"), fields.get("languages"),
                anonymousPossible, text("sv"), text("en"));
        try {
            long saved = id == null ? catalogue.add(form, published) : revised(form);
            show(catalogue.editable(saved));
            FacesMessages.info("support.staff.saved", fields.get("sv_name"));
        } catch (SupportRejected rejected) {
            StaffFields.show(rejected, FORM, FIELDS);
        }
    }

    private long revised(SupportOfferForm form) {
        catalogue.revise(id, version, form);
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public Map<String, String> getFields() { return fields; }
    public SupportCategory getCategory() { return category; }
    public void setCategory(SupportCategory category) { this.category = category; }
    public SupportScope getScope() { return scope; }
    public void setScope(SupportScope scope) { this.scope = scope; }
    public boolean isAnonymousPossible() { return anonymousPossible; }
    public void setAnonymousPossible(boolean anonymousPossible) { this.anonymousPossible = anonymousPossible; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public SupportScope[] getScopes() { return SupportScope.values(); }
    public SupportCategory[] getCategories() { return SupportCategory.values(); }
}
