package se.tryggstad.portal.report.domain;

/** "När känns platsen otrygg?": the part of the day a reporter picks. */
public enum UnsafeTime {
    MORGON, DAG, KVALL, NATT
}
