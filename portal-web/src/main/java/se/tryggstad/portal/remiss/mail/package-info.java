/**
 * The remiss context's mail in portal-web (remiss-module cannot see the portal's mail): the sent yttrande to the
 * police after its transaction committed, and reminders before svarsdatum from a periodic timer. May use
 * remiss-module's application package and shared.infrastructure.
 */
package se.tryggstad.portal.remiss.mail;
