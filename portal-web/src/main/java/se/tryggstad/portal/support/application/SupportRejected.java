package se.tryggstad.portal.support.application;

import se.tryggstad.portal.shared.Rejection;

/**
 * A change to the support finder that was refused; nothing of it was saved. {@link #field()} names the
 * input (e.g. {@code sv.name}, {@code phone}) or is empty, {@link #messageKey()} is a message bundle key.
 */
public class SupportRejected extends Rejection {

    private static final long serialVersionUID = 1L;

    public SupportRejected(Reason reason, String field, String messageKey) {
        super(reason, field, messageKey);
    }
}
