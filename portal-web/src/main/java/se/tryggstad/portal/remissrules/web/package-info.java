/**
 * Pages of the remiss checks: /admin/remissregler.xhtml and /admin/remissregel.xhtml (requirement rules, ADMIN) and
 * /staff/remisser/utrymning.xhtml (the evacuation calculation, REMISS_HANDLER or ADMIN). Uses remiss-module's services
 * and shared.web; never EntityManagers.
 */
package se.tryggstad.portal.remissrules.web;
