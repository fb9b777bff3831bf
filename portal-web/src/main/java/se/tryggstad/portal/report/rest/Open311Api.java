package se.tryggstad.portal.report.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import se.tryggstad.portal.shared.rest.SharedJsonb;

import java.util.Set;

/**
 * Open311 GeoReport v2 under {@code /open311/v2}: its own application, so that it answers errors in
 * the spec's format instead of problem+json. Lists its classes, so none of {@code /api}'s resources
 * or mappers leak in.
 */
@ApplicationPath("/open311")
public class Open311Api extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Open311Resource.class, Open311Errors.class, SharedJsonb.class);
    }
}
