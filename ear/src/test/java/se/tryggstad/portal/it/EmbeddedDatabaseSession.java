package se.tryggstad.portal.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import se.tryggstad.portal.devserver.EmbeddedMariaDb;
import se.tryggstad.portal.devserver.FileTrees;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One real MariaDB for the whole integration-test run, started before Arquillian starts WildFly.
 * The port comes from {@code MARIADB_PORT}, which failsafe also hands to WildFly. Also makes the
 * first administrator's password for this run (never a fixed one).
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

    private EmbeddedMariaDb db;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("trygg.it.embedded-db") || db != null) {
            return;
        }
        Path dir = Path.of(System.getProperty("trygg.it.db.dir"));
        FileTrees.delete(dir);
        db = EmbeddedMariaDb.start(dir, Integer.parseInt(System.getenv("MARIADB_PORT")),
                System.getenv("MARIADB_DATABASE"));
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        System.setProperty(TestServer.ADMIN_PASSWORD_PROPERTY, Base64.getUrlEncoder().encodeToString(secret));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            db.close();
            db = null;
        }
    }
}
