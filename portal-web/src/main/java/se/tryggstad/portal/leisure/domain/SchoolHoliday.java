package se.tryggstad.portal.leisure.domain;

/** The school holidays (skollov) an activity can be meant for. */
public enum SchoolHoliday {
    SPORTLOV,
    PASKLOV,
    SOMMARLOV,
    HOSTLOV,
    JULLOV
}
