package se.tryggstad.portal.finder.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.tryggstad.portal.finder.SearchParameters;
import se.tryggstad.portal.shared.rest.Problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Wrong search parameters as 400 problem+json, one field error per parameter, in Swedish like the rest of the API. */
@Provider
public class InvalidSearchRequestMapper implements ExceptionMapper<InvalidSearchRequest> {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Override
    public Response toResponse(InvalidSearchRequest exception) {
        return Problem.invalid("Några sökparametrar är fel.", fieldErrors(exception.invalid())).toResponse();
    }

    static List<Problem.FieldError> fieldErrors(List<SearchParameters.Invalid> invalid) {
        ResourceBundle messages = ResourceBundle.getBundle("se.tryggstad.portal.i18n.messages", SWEDISH);
        return invalid.stream()
                .map(wrong -> new Problem.FieldError(wrong.parameter(),
                        new MessageFormat(messages.getString(wrong.messageKey()), SWEDISH)
                                .format(wrong.messageArguments())))
                .toList();
    }
}
