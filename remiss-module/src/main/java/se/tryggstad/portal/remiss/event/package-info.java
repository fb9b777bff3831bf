/**
 * The facts of an event on remiss, shared by the remiss workflow and the checks that read it
 * (requirements, evacuation, conflicts). Plain values only; uses nothing else.
 */
package se.tryggstad.portal.remiss.event;
