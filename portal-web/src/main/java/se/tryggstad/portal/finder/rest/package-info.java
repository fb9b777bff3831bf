/**
 * Search endpoints under {@code /api/search}: request checking and response records only. May use
 * {@code finder}, the search API and shared.rest; wrong parameters are 400 problem+json.
 */
package se.tryggstad.portal.finder.rest;
