/**
 * The remiss context's use cases: one transaction per call (registration with its diarienummer and attachments,
 * workflow moves, consultations, villkor, sending the yttrande, reminders) and read models as records. The portal's
 * pages, REST resources and mailers call these. May use the domain, infrastructure, event, the checks and search API.
 */
package se.tryggstad.portal.remiss.application;
