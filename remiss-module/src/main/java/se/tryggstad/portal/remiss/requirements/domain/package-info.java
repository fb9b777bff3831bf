/**
 * The requirement rules as the domain sees them: a structured condition on {@code EventFacts} (typed fields and
 * operators, AND within a group, OR between groups), the villkor text with placeholders, and the versioned rule
 * aggregate. Pure Java and JPA mapping only; may use the event package.
 */
package se.tryggstad.portal.remiss.requirements.domain;
