package se.tryggstad.portal.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tryggstad.portal.account.application.AccountQueries;
import se.tryggstad.portal.account.application.AccountService;
import se.tryggstad.portal.account.application.AccountSummary;
import se.tryggstad.portal.account.application.NewAccount;
import se.tryggstad.portal.account.domain.Role;
import se.tryggstad.portal.account.domain.UserAccount;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside the portal's WAR: proves that EclipseLink, not Hibernate, is the JPA provider, and
 * that it reads and writes MariaDB with optimistic locking.
 */
@ExtendWith(ArquillianExtension.class)
class EclipseLinkPersistenceIT {

    @Deployment
    static EnterpriseArchive portal() {
        return TestServer.portalEarRunning(EclipseLinkPersistenceIT.class);
    }

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AccountQueries queries;

    @Inject
    UserTransaction tx;

    @Test
    void theProviderIsEclipseLink() {
        assertTrue(emf.getClass().getName().startsWith("org.eclipse.persistence."), emf.getClass().getName());
        EntityManager direct = emf.createEntityManager();
        try {
            assertTrue(direct.getClass().getName().startsWith("org.eclipse.persistence."), direct.getClass().getName());
            assertTrue(direct.getDelegate().getClass().getName().startsWith("org.eclipse.persistence."));
        } finally {
            direct.close();
        }
    }

    @Test
    void persistsAndQueriesThroughMariaDb() throws Exception {
        String username = TestServer.uniqueName("jpa");
        accounts.open(new NewAccount(username, "Jämför Åsa", "ett långt lösenord 99", EnumSet.of(Role.STAFF)));

        AccountSummary found = queries.find(username).orElseThrow();
        assertEquals("Jämför Åsa", found.displayName());
        assertEquals(Set.of(Role.STAFF), found.roles());

        tx.begin();
        String database = (String) em.createNativeQuery("SELECT DATABASE()").getSingleResult();
        String version = (String) em.createNativeQuery("SELECT VERSION()").getSingleResult();
        tx.commit();
        assertEquals("trygg", database);
        assertTrue(version.contains("MariaDB"), version);
    }

    @Test
    void aStaleUpdateIsRefusedByTheVersion() throws Exception {
        String username = TestServer.uniqueName("lock");
        accounts.open(new NewAccount(username, "Låst Lars", "ett långt lösenord 98", EnumSet.of(Role.STAFF)));
        long versionBefore = queries.find(username).orElseThrow().version();

        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        try {
            UserAccount stale = load(first, username);
            tx.begin();
            second.joinTransaction();
            load(second, username).assignRoles(EnumSet.of(Role.PARTNER));
            tx.commit();

            tx.begin();
            first.joinTransaction();
            UserAccount merged = first.merge(stale);
            merged.assignRoles(EnumSet.of(Role.ADMIN));
            assertThrows(OptimisticLockException.class, first::flush);
            tx.rollback();
        } finally {
            first.close();
            second.close();
        }
        AccountSummary after = queries.find(username).orElseThrow();
        assertEquals(Set.of(Role.PARTNER), after.roles());
        assertEquals(versionBefore + 1, after.version());
    }

    private static UserAccount load(EntityManager em, String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getSingleResult();
    }
}
