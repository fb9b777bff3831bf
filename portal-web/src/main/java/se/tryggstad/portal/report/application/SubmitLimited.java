package se.tryggstad.portal.report.application;

/** A client address submitted too often; it may try again after {@link #retryAfterSeconds()}. */
public class SubmitLimited extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public SubmitLimited(long retryAfterSeconds) {
        super("too many submissions; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
