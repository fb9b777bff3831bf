/**
 * The API's common ground: the {@code /api} application, problem+json for every error, health.
 * Knows no context.
 */
package se.tryggstad.portal.shared.rest;
