/**
 * The remiss context's REST API ({@code /api/remisser}, {@code /api/admin/remiss-keys}) in portal-web: request
 * and response records over remiss-module's application services; refusals become the shared problem+json.
 * May use remiss-module's application, domain (values, refusals) and event packages, shared and shared.rest.
 */
package se.tryggstad.portal.remiss.rest;
