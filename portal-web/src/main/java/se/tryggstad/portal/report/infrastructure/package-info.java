/**
 * How reports are stored (JPA; ids and reference numbers from MariaDB sequences, 20 a round trip),
 * what every submission reads from memory (categories, confirmed alert areas), the lägesbild's narrow
 * read of reports and its districts file (GeoJSON), what search knows of a report (never contact
 * details), and how mails to reporters leave after commit. May use the report domain, the shared kernel
 * and the search API.
 */
package se.tryggstad.portal.report.infrastructure;
