/**
 * Support pages for residents. One small view bean per page; may use the support application layer.
 */
package se.tryggstad.portal.support.web;
