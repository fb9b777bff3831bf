package se.tryggstad.portal.finder.rest;

import se.tryggstad.portal.finder.SearchParameters;

import java.util.List;

/** A search request with wrong parameters: the client's mistake, answered with 400. */
public class InvalidSearchRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SearchParameters.Invalid> invalid;

    /** Without a stack trace: it is an answer to the client, never something to debug. */
    public InvalidSearchRequest(List<SearchParameters.Invalid> invalid) {
        super("invalid search parameters: " + invalid.stream().map(SearchParameters.Invalid::parameter).toList(),
                null, false, false);
        this.invalid = List.copyOf(invalid);
    }

    public List<SearchParameters.Invalid> invalid() {
        return invalid;
    }
}
