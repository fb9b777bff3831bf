package se.tryggstad.portal.bench.floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS at the root of the WAR's context, {@code /bench-write-floor}. */
@ApplicationPath("/")
public class WriteFloorApplication extends Application {
}
