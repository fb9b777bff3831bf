package se.tryggstad.portal.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Serves the portal for development: an embedded MariaDB (unless {@code MARIADB_HOST} names an
 * external one) and the configured WildFly with the EAR, in the foreground until Ctrl-C.
 *
 * <p>Arguments: the configured WildFly home, the EAR file, and a server base directory of its own
 * (so a dev server never shares deployments with the integration tests).
 */
public final class DevServer {

    static final int DEFAULT_EMBEDDED_PORT = 3307;

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: DevServer <wildfly-home> <ear-file> <server-base-dir>");
        }
        Path wildflyHome = Path.of(args[0]).toAbsolutePath();
        Path ear = Path.of(args[1]).toAbsolutePath();
        Path baseDir = Path.of(args[2]).toAbsolutePath();
        Map<String, String> env = System.getenv();

        EmbeddedMariaDb db = null;
        String host = env.get("MARIADB_HOST");
        int dbPort = Integer.parseInt(env.getOrDefault("MARIADB_PORT", String.valueOf(DEFAULT_EMBEDDED_PORT)));
        String database = env.getOrDefault("MARIADB_DATABASE", "trygg");
        String user = env.getOrDefault("MARIADB_USER", "trygg");
        if (host == null || host.isBlank()) {
            Path dataDir = dataHome(env).resolve("mariadb");
            log("starting embedded MariaDB on port " + dbPort + ", data in " + dataDir);
            db = EmbeddedMariaDb.start(dataDir, dbPort, database);
            host = "127.0.0.1";
        } else {
            log("using external MariaDB at " + host + ":" + dbPort);
        }

        prepareBaseDir(wildflyHome, baseDir, ear);
        ProcessBuilder wildfly = new ProcessBuilder(
                wildflyHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir)
                .inheritIO();
        Map<String, String> childEnv = wildfly.environment();
        childEnv.put("JBOSS_HOME", wildflyHome.toString());
        childEnv.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        childEnv.put("MARIADB_HOST", host);
        childEnv.put("MARIADB_PORT", String.valueOf(dbPort));
        childEnv.put("MARIADB_DATABASE", database);
        childEnv.put("MARIADB_USER", user);
        // the embedded server checks no passwords; the datasource still needs one
        childEnv.putIfAbsent("MARIADB_PASSWORD", "embedded");
        childEnv.putIfAbsent("TRYGG_DEMO_DATA", "true");

        Process server = wildfly.start();
        EmbeddedMariaDb embedded = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, embedded), "trygg-dev-shutdown"));
        announceWhenUp(server);
        int exit = server.waitFor();
        log("WildFly exited with " + exit);
        stop(server, embedded);
    }

    private static Path dataHome(Map<String, String> env) {
        String configured = env.get("TRYGG_HOME");
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".trygg-stad")
                : Path.of(configured);
    }

    /** A fresh configuration and deployment each start; data/ and log/ are kept. */
    private static void prepareBaseDir(Path wildflyHome, Path baseDir, Path ear) throws IOException {
        Path configuration = baseDir.resolve("configuration");
        Path deployments = baseDir.resolve("deployments");
        FileTrees.delete(configuration);
        FileTrees.delete(deployments);
        FileTrees.copy(wildflyHome.resolve("standalone/configuration"), configuration);
        Files.createDirectories(deployments);
        Files.copy(ear, deployments.resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void announceWhenUp(Process server) {
        Thread watcher = new Thread(() -> {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:8080/api/health"))
                    .timeout(Duration.ofSeconds(5)).build();
            while (server.isAlive() && Instant.now().isBefore(deadline)) {
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        log("Trygg stad is up: http://localhost:8080/  (demo logins: see README.md)");
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "trygg-dev-announce");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static synchronized void stop(Process server, EmbeddedMariaDb db) {
        if (server.isAlive()) {
            log("stopping WildFly");
            server.destroy();
            try {
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (db != null) {
            log("stopping MariaDB");
            db.close();
        }
    }

    private static void log(String message) {
        System.out.println("[trygg-stad] " + message);
    }
}
