/**
 * Account endpoints: sign in/out for API clients and account administration. Request and
 * response records only; may use the account application layer and shared.rest.
 */
package se.tryggstad.portal.account.rest;
