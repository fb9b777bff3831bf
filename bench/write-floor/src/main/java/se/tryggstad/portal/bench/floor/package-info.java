/**
 * The report benchmark's write floor, a WAR of its own that only the benchmark deploys: what the
 * server's stack (Undertow, RESTEasy, JSON-B, CDI, JTA, the datasource pool) costs for one report's rows
 * written with plain JDBC, without the portal's security, validation, JPA or domain code.
 * {@link se.tryggstad.portal.bench.floor.ReportRows} is also the benchmark's raw JDBC side, so both
 * write exactly the same rows. Uses Jakarta EE only.
 */
package se.tryggstad.portal.bench.floor;
