/**
 * The remiss context's staff pages ({@code /staff/remisser/}) in portal-web: one small view per page over
 * remiss-module's application services. May use remiss-module's application, domain (values, refusals) and event
 * packages, shared and shared.web.
 */
package se.tryggstad.portal.remiss.web;
