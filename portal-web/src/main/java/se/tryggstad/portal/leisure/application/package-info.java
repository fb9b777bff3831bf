/**
 * Leisure use cases: create, edit, submit, approve and reject activities; find public ones and
 * export them as iCal. Owns the transaction, checks who may act on which activity, returns
 * records. May use the leisure domain and infrastructure, the account application layer and the
 * search API.
 */
package se.tryggstad.portal.leisure.application;
