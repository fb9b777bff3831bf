/**
 * The account model: who may sign in ({@link se.tryggstad.portal.account.domain.UserAccount}) and
 * with which {@link se.tryggstad.portal.account.domain.Role}s, and the partner
 * {@link se.tryggstad.portal.account.domain.Organisation}s they belong to. Uses Jakarta Persistence annotations,
 * the shared kernel and the JDK only.
 */
package se.tryggstad.portal.account.domain;
