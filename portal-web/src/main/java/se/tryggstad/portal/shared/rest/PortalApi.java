package se.tryggstad.portal.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The portal's JSON API under {@code /api}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Trygg stad API", version = "1",
        description = "Trygghetsrapporter, stöd, samverkan och remisser. Errors are application/problem+json."))
public class PortalApi extends Application {
}
