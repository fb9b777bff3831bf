/**
 * Support pages: for residents ({@code /stod.xhtml}, {@code /stod/erbjudande.xhtml}, {@code /stod/hjalp.xhtml},
 * with quick exit) and for staff ({@code /staff/stod/}). One small view bean per page; may use the support
 * application layer and the support domain's enums and rules.
 */
package se.tryggstad.portal.support.web;
