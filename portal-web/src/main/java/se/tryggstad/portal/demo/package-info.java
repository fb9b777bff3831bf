/**
 * Demo content for the run profile. May use every context's application services, nothing else;
 * nothing may use it.
 */
package se.tryggstad.portal.demo;
