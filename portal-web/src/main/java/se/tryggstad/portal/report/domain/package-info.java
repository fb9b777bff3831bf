/**
 * The trygghetsrapport model: a {@link se.tryggstad.portal.report.domain.Report} of an unsafe or broken
 * place, its {@link se.tryggstad.portal.report.domain.ReportCategory} and status history, and the
 * residents' {@link se.tryggstad.portal.report.domain.AreaAlert} (bevakning) of an area. Uses Jakarta
 * Persistence, the shared kernel and the JDK only.
 */
package se.tryggstad.portal.report.domain;
