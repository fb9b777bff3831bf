package se.tryggstad.portal.report.domain;

/**
 * A mail about an area alert, raised inside the transaction and sent only after it commits. Carries
 * the secrets in clear because only their hashes are stored: the mail is the one place they live.
 *
 * @param confirmToken     the secret of the confirmation link (CONFIRMATION only)
 * @param unsubscribeToken the secret of the unsubscribe link (every mail)
 * @param reference        the new report (NEW_REPORT only), with its category name (in the mail's language) and place
 */
public record AlertMail(Kind kind, String to, String language, String confirmToken, String unsubscribeToken,
                        String reference, String categoryName, String place) {

    public enum Kind { CONFIRMATION, NEW_REPORT }
}
