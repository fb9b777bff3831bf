package se.tryggstad.portal.support.domain;

/**
 * A change to the support finder that its rules do not allow. {@link #field()} names the input that is
 * wrong, {@link #messageKey()} is a key in the message bundle saying why in plain words.
 */
public class SupportRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public SupportRuleViolation(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
