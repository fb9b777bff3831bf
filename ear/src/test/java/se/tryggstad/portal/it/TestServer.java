package se.tryggstad.portal.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URI;
import java.util.UUID;

/** Where the server under test is, and the real EAR it runs. */
public final class TestServer {

    static final String ADMIN_PASSWORD_PROPERTY = "trygg.it.admin.password";
    public static final String ADMIN_USERNAME = "it-admin";

    private TestServer() {
    }

    /** The EAR exactly as the build made it. */
    public static EnterpriseArchive portalEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("trygg.ear.file")));
    }

    /** The real EAR with these test classes (and this one) added to the portal's WAR, to run inside it. */
    public static EnterpriseArchive portalEarRunning(Class<?>... testClasses) {
        EnterpriseArchive ear = portalEar();
        ear.getAsType(WebArchive.class, "portal-web.war").addClasses(testClasses).addClass(TestServer.class);
        return ear;
    }

    public static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("trygg.it.http.port", "8180") + "/");
    }

    public static URI uri(String path) {
        return baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public static String adminPassword() {
        return System.getProperty(ADMIN_PASSWORD_PROPERTY);
    }

    /** A name no other test uses, so that each test makes its own data. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
