/**
 * Leisure pages: the public /fritid page with its calendar and activity page, the partners' and
 * the staff's pages. One small view bean per page; may use the leisure application layer.
 */
package se.tryggstad.portal.leisure.web;
