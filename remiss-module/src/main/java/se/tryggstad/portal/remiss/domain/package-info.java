/**
 * The remiss aggregate: a police remiss on an event permit, its workflow (state machine with four-eyes review),
 * consultations, villkor, yttranden, attachments, the append-only audit log, diarienummer and sender keys.
 * Plain Java and JPA only; may use the event package.
 */
package se.tryggstad.portal.remiss.domain;
