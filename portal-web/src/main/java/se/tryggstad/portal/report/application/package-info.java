/**
 * What residents, staff and Open311 clients can do with reports: submit (rate-limited per client
 * address), support, follow, triage; area alerts, feeds, and retention of contact details (a
 * nightly job); staff handling (assign, merge, unpublish, redact) and the administration of categories
 * and answer templates. Each service method is one transaction (a retention run one per page of
 * reports); queries answer with records, never
 * entities. May use the report domain and infrastructure, the shared kernel, the account context's
 * application layer (to name staff members to assign to) and the
 * search API.
 */
package se.tryggstad.portal.report.application;
