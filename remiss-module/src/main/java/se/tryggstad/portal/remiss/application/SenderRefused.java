package se.tryggstad.portal.remiss.application;

/** A remiss posted without a valid, unrevoked sender key. */
public class SenderRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SenderRefused() {
        super("API key missing, unknown or revoked");
    }
}
