package se.tryggstad.portal.report.application;

/** A staff member a report can be assigned to. */
public record StaffPerson(String username, String displayName) implements java.io.Serializable {
}
