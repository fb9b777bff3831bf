/**
 * How accounts are stored and checked: JPA repository, PBKDF2 hashing, the Jakarta Security
 * configuration and the first administrator. May use the account domain and application.
 */
package se.tryggstad.portal.account.infrastructure;
