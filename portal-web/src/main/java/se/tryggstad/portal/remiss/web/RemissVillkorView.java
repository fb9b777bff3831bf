package se.tryggstad.portal.remiss.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tryggstad.portal.remiss.application.RemissChecks;
import se.tryggstad.portal.remiss.application.RemissQueries;
import se.tryggstad.portal.remiss.application.RemissService;
import se.tryggstad.portal.remiss.domain.RemissRejected;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The villkor part of the remiss page: "Föreslå villkor" / "Utvärdera igen" run the requirement rules on the
 * application as it is now (with the difference from the rule villkor already on the remiss), the handler accepts,
 * edits, removes or writes villkor; the evacuation and conflict checks are shown beside them.
 */
@Named
@ViewScoped
public class RemissVillkorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RemissQueries queries;

    @Inject
    RemissService remisser;

    private Long id;
    private transient RemissChecks checks;
    private boolean proposed;
    private String newText;
    private final Map<Long, String> edits = new HashMap<>();

    public void load(Long remissId) {
        id = remissId;
        if (id != null && checks == null) {
            try {
                checks = queries.checks(id);
            } catch (RemissRejected notFound) {
                checks = null;
            }
        }
    }

    public void propose() {
        checks = queries.checks(id);
        proposed = true;
    }

    public String accept(String ruleKey) {
        return act(() -> remisser.acceptProposal(id, ruleKey, user()), "remiss.villkor.accepted");
    }

    public String add() {
        return act(() -> remisser.addVillkor(id, newText, user()), "remiss.villkor.added");
    }

    public String edit(long villkorId) {
        return act(() -> remisser.editVillkor(villkorId, edits.get(villkorId), user()), "remiss.villkor.edited");
    }

    public String remove(long villkorId) {
        return act(() -> remisser.removeVillkor(villkorId, user()), "remiss.villkor.removed");
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (RemissRejected rejected) {
            RemissRefusals.show(rejected, "villkor", Set.of("text"));
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesMessages.info(doneKey);
        return "/staff/remisser/remiss.xhtml?faces-redirect=true&id=" + id;
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public RemissChecks getChecks() { return checks; }
    public boolean isProposed() { return proposed; }
    public String getNewText() { return newText; }
    public void setNewText(String newText) { this.newText = newText; }
    public Map<Long, String> getEdits() { return edits; }
}
