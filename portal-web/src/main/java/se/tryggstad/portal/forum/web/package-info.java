/**
 * Forum pages: the public /samverkan pages and the members-only workspace under /partner/samverkan.
 * One small view bean per page; may use the forum application layer.
 */
package se.tryggstad.portal.forum.web;
