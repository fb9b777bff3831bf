package se.tryggstad.portal.account.application;

import jakarta.ejb.ApplicationException;
import se.tryggstad.portal.shared.Rejection;

/**
 * A request about an account that the rules do not allow. {@link #field()} names the input that
 * is wrong (or is empty), {@link #messageKey()} is a key in the message bundle.
 */
@ApplicationException(rollback = true)
public class AccountRejected extends Rejection {

    private static final long serialVersionUID = 1L;

    public AccountRejected(Reason reason, String field, String messageKey) {
        super(reason, field, messageKey);
    }
}
