package se.tryggstad.portal.support.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.support.application.SupportCatalogue;
import se.tryggstad.portal.support.application.SupportOfferView;
import se.tryggstad.portal.support.domain.SupportCategory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The support page: published offers in the visitor's language, grouped by the kind of help. */
@Named
@RequestScoped
public class SupportView {

    /** One heading on the page and the offers under it. */
    public record Group(SupportCategory category, List<SupportOfferView> offers) {
    }

    @Inject
    SupportCatalogue catalogue;

    private List<Group> groups;

    public List<Group> getGroups() {
        if (groups == null) {
            Map<SupportCategory, List<SupportOfferView>> byCategory = catalogue.published(SupportPages.language())
                    .stream()
                    .collect(Collectors.groupingBy(SupportOfferView::category, () -> new EnumMap<>(SupportCategory.class),
                            Collectors.toList()));
            groups = byCategory.entrySet().stream().map(entry -> new Group(entry.getKey(), entry.getValue())).toList();
        }
        return groups;
    }
}
