package se.tryggstad.portal.account.application;

import jakarta.ejb.ApplicationException;

/**
 * A request about an account that the rules do not allow. {@link #field()} names the input that
 * is wrong (or is empty), {@link #messageKey()} is a key in the message bundle.
 */
@ApplicationException(rollback = true)
public class AccountRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final Reason reason;

    public enum Reason { INVALID, CONFLICT, NOT_FOUND }

    public AccountRejected(Reason reason, String field, String messageKey) {
        super(messageKey);
        this.reason = reason;
        this.field = field;
        this.messageKey = messageKey;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
