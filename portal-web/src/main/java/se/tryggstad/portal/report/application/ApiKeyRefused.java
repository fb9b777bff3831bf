package se.tryggstad.portal.report.application;

/** An Open311 write without a valid, unrevoked api_key. */
public class ApiKeyRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApiKeyRefused() {
        super("api_key missing, unknown or revoked");
    }
}
