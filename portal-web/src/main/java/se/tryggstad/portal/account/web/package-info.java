/**
 * Account pages: login, logout and the administrators' account page. One small view bean per
 * page; may use the account application layer.
 */
package se.tryggstad.portal.account.web;
