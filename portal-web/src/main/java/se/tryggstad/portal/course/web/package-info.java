/**
 * Course pages: the public list and sign-up, the cancel page behind the secret link, and the staff
 * page. One small view bean per page; may use the course application layer and shared.web.
 */
package se.tryggstad.portal.course.web;
