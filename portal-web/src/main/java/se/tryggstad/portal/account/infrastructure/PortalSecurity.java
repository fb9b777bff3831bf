package se.tryggstad.portal.account.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Sign-in with Jakarta Security: our own login page, and the accounts in {@code acc_user}.
 * The server (wildfly-config) turns off Elytron's integrated JASPI so these identities suffice.
 */
@ApplicationScoped
@DeclareRoles({"STAFF", "REMISS_HANDLER", "ADMIN", "PARTNER"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/PortalDS",
        callerQuery = "SELECT password_hash FROM acc_user WHERE username = ? AND active = TRUE",
        groupsQuery = "SELECT r.role FROM acc_user_role r JOIN acc_user u ON u.id = r.user_id WHERE u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHasher.ALGORITHM, PasswordHasher.ITERATIONS, PasswordHasher.SALT_SIZE, PasswordHasher.KEY_SIZE
        })
public class PortalSecurity {
}
