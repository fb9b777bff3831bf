package se.tryggstad.portal.support.web;

import se.tryggstad.portal.shared.web.FacesMessages;
import se.tryggstad.portal.support.application.SupportRejected;

import java.util.Set;

/** Shows a refused change at the input it is about, or among the page's messages. */
final class StaffFields {

    private StaffFields() {
    }

    /**
     * The client id of the input for a rule's field on this form, e.g. rule field {@code sv.name} → input
     * {@code sv_name} → {@code offer:sv_name}; null when that input is not on the form.
     */
    static String clientId(String form, String field, Set<String> inputsOnForm) {
        String input = field == null ? null : field.replace('.', '_');
        return input != null && inputsOnForm.contains(input) ? form + ":" + input : null;
    }

    static void show(SupportRejected rejected, String form, Set<String> fieldsOnForm) {
        FacesMessages.error(clientId(form, rejected.field(), fieldsOnForm), rejected.messageKey());
    }
}
