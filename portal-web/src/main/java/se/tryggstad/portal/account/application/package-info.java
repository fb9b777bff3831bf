/**
 * Account use cases: open an account, assign roles, deactivate. Services own the transaction and
 * return records, never entities. May use the account domain and infrastructure.
 */
package se.tryggstad.portal.account.application;
