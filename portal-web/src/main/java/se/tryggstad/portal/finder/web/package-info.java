/**
 * The search page ({@code /sok.xhtml}): one small request-scoped view bean, driven by GET
 * parameters so that every result page can be bookmarked and works without JavaScript. May use
 * {@code finder}, the search API and shared.web.
 */
package se.tryggstad.portal.finder.web;
