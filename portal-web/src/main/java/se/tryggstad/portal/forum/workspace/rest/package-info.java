/**
 * Workspace endpoints under {@code /api/partner/forums/{id}/…} for members (and staff); 404 for
 * everyone else. Request and response records only; may use the workspace application layer.
 */
package se.tryggstad.portal.forum.workspace.rest;
