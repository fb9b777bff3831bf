/**
 * The trygghetsrapport model: a {@link se.tryggstad.portal.report.domain.Report} of an unsafe or broken
 * place, its {@link se.tryggstad.portal.report.domain.ReportCategory} and status history. Uses Jakarta
 * Persistence, the shared kernel and the JDK only.
 */
package se.tryggstad.portal.report.domain;
