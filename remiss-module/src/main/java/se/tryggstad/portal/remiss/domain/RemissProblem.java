package se.tryggstad.portal.remiss.domain;

/** One broken rule of a remiss request: the input it is about (empty for the whole request) and a message key. */
public record RemissProblem(String field, String messageKey) {

    public RemissProblem {
        field = field == null ? "" : field;
    }
}
