package se.tryggstad.portal.report.domain;

/**
 * A mail to the staff member a report was assigned to, raised inside the transaction and sent only
 * after it commits.
 *
 * @param assignee the staff member's username (the mailer turns it into an address)
 */
public record AssignmentMail(String assignee, long reportId, String reference, String department,
                             String assignedBy) {
}
