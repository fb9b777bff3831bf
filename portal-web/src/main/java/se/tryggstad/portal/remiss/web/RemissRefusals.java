package se.tryggstad.portal.remiss.web;

import se.tryggstad.portal.remiss.domain.RemissProblem;
import se.tryggstad.portal.remiss.domain.RemissRejected;
import se.tryggstad.portal.shared.web.FacesMessages;

import java.util.Set;

/** Shows a remiss refusal's problems at their fields of the given form, or among the page's messages. */
final class RemissRefusals {

    private RemissRefusals() {
    }

    static void show(RemissRejected rejected, String form, Set<String> fields) {
        for (RemissProblem problem : rejected.problems()) {
            FacesMessages.error(fields.contains(problem.field()) ? form + ":" + problem.field() : null,
                    problem.messageKey());
        }
    }
}
