/**
 * Report endpoints: {@code /api/reports} for residents, {@code /api/staff/reports}, the lägesbild
 * ({@code /api/staff/lagesbild}, exports {@code /api/staff/reports/export.csv|geojson}),
 * {@code /api/admin/open311-keys}, and Open311 GeoReport v2 under {@code /open311/v2} (its own JAX-RS
 * application, JSON and XML, errors in the spec's format). Request and response records only; may use
 * the report application layer, its domain values and shared.rest.
 */
package se.tryggstad.portal.report.rest;
