/**
 * The account model: who may sign in ({@link se.tryggstad.portal.account.domain.UserAccount}) and
 * with which {@link se.tryggstad.portal.account.domain.Role}s. Uses Jakarta Persistence annotations
 * and the JDK only.
 */
package se.tryggstad.portal.account.domain;
