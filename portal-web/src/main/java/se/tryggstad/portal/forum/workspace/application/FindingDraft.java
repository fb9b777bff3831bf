package se.tryggstad.portal.forum.workspace.application;

/** A finding as recorded on the walk: a category of the report context, where, and what. */
public record FindingDraft(String category, Double latitude, Double longitude, String place, String description) {
}
