package se.tryggstad.portal.report.domain;

/** An area alert was confirmed or ended: the set of alerts that new reports are matched against changed. */
public record AlertSubscriptionsChanged() {
}
