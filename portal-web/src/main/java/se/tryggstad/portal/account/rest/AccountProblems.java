package se.tryggstad.portal.account.rest;

import jakarta.ws.rs.core.Response;
import se.tryggstad.portal.account.application.AccountRejected;
import se.tryggstad.portal.shared.rest.Problem;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Turns a rejected account request into the problem a client can act on. */
final class AccountProblems {

    private AccountProblems() {
    }

    static Response of(AccountRejected rejected) {
        String message = ResourceBundle.getBundle("se.tryggstad.portal.i18n.messages", Locale.forLanguageTag("sv"))
                .getString(rejected.messageKey());
        return switch (rejected.reason()) {
            case INVALID -> Problem.invalid("Några uppgifter saknas eller är fel.",
                    List.of(new Problem.FieldError(rejected.field(), message))).toResponse();
            case CONFLICT -> Problem.of(Response.Status.CONFLICT, message).toResponse();
            case NOT_FOUND -> Problem.of(Response.Status.NOT_FOUND, message).toResponse();
        };
    }
}
