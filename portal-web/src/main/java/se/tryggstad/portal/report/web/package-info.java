/**
 * Report pages: {@code /rapportera} (the form, nearby reports, "jag håller med"), {@code /rapport}
 * behind the secret tracking link, the public list {@code /rapporter}, and the staff pages (the list,
 * one report, the lägesbild dashboard). One small view bean per page; may use the report application
 * layer, its domain values, the shared kernel and shared.web.
 */
package se.tryggstad.portal.report.web;
