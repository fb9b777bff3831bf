package se.tryggstad.portal.remiss.application;

import java.time.LocalDateTime;

/** One entry of a remiss's audit log. */
public record AuditLine(LocalDateTime at, String actor, String what, String oldValue, String newValue) {
}
