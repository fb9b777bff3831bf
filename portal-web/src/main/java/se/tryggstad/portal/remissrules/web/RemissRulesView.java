package se.tryggstad.portal.remissrules.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.remiss.requirements.RequirementRules;
import se.tryggstad.portal.remiss.requirements.RuleRejected;
import se.tryggstad.portal.remiss.requirements.RuleRow;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.util.List;

/** /admin/remissregler.xhtml: every requirement rule with its current version; deactivate and activate. */
@Named
@RequestScoped
public class RemissRulesView {

    @Inject
    RequirementRules rules;

    private List<RuleRow> all;

    public List<RuleRow> getRules() {
        if (all == null) {
            all = rules.all();
        }
        return all;
    }

    public String deactivate(String key, long lockVersion) {
        return change(() -> rules.deactivate(key, lockVersion), "remissregel.deactivated", key);
    }

    public String activate(String key, long lockVersion) {
        return change(() -> rules.activate(key, lockVersion), "remissregel.activated", key);
    }

    private String change(Runnable change, String doneKey, String key) {
        try {
            change.run();
            FacesMessages.info(doneKey, key);
        } catch (RuleRejected rejected) {
            FacesMessages.error(null, rejected.problems().get(0).messageKey());
        }
        all = null;
        return null;
    }
}
