/**
 * What residents, staff and Open311 clients can do with reports: submit (rate-limited per client
 * address), support, follow, triage; area alerts, feeds, and retention of contact details (a
 * nightly job). Each service method is one transaction; queries answer with records, never entities. May use the report domain and infrastructure, the shared kernel and the
 * search API.
 */
package se.tryggstad.portal.report.application;
